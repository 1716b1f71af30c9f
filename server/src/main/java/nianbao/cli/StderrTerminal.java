package nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal. Java has no direct way to ask: on Linux the file descriptor's link tells
 * ({@code /proc/self/fd/2} → {@code /dev/pts/3}); elsewhere a console on stdin and stdout is the best guess.
 * {@code -Dnianbao.progress=always|never} overrides it (tests, and users who want the one or the other).
 */
final class StderrTerminal {
    private StderrTerminal() {
    }

    static boolean isTerminal() {
        String forced = System.getProperty("nianbao.progress", "");
        if (forced.equals("always")) return true;
        if (forced.equals("never")) return false;
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(Path.of("/proc/self/fd"))) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}

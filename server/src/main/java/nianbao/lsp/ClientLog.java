package nianbao.lsp;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Messages to the client: its log (window/logMessage) for what went wrong inside the server, and pop-ups
 * (window/showMessage) for what the author must act on. The server has no other output: stdout carries the
 * protocol and stderr is not shown by most editors.
 */
final class ClientLog {
    private static final int STACK_FRAMES = 12;

    private volatile LanguageClient client;

    void connect(LanguageClient client) {
        this.client = client;
    }

    void info(String message) {
        log(MessageType.Info, message);
    }

    void error(String message, Throwable error) {
        log(MessageType.Error, message + "\n" + describe(error));
    }

    /** A warning the author sees (e.g. an invalid configuration file). */
    void showWarning(String message) {
        LanguageClient c = client;
        if (c != null) c.showMessage(new MessageParams(MessageType.Warning, message));
        log(MessageType.Warning, message);
    }

    void showInfo(String message) {
        LanguageClient c = client;
        if (c != null) c.showMessage(new MessageParams(MessageType.Info, message));
    }

    private void log(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) c.logMessage(new MessageParams(type, message));
    }

    private static String describe(Throwable error) {
        String frames = Arrays.stream(error.getStackTrace()).limit(STACK_FRAMES)
                .map(f -> "    at " + f).collect(Collectors.joining("\n"));
        String cause = error.getCause() != null && error.getCause() != error ? "\n  原因：" + error.getCause() : "";
        return error + (frames.isEmpty() ? "" : "\n" + frames) + cause;
    }
}

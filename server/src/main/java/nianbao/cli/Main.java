package nianbao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Entry point of {@code nianbao.jar}: {@code lint} checks files, {@code lsp} starts the language server.
 * The language server is loaded by name so that {@code lint} never loads LSP4J (it costs start-up time).
 */
public final class Main {
    /** The build's version, read from the jar when first asked (--version, SARIF): not on every start. */
    static String version() {
        return VersionHolder.VERSION;
    }

    private static final class VersionHolder {
        static final String VERSION = BuildVersion.read();
    }

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        if (code >= 0) System.exit(code);
    }

    /** Runs a command; returns the exit code, or -1 when the command keeps running (the language server). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            out.print(Usage.TEXT);
            return args.length == 0 ? ExitCode.USAGE : ExitCode.OK;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "lint":
                return new LintCommand(out, err).run(rest);
            case "convert":
                return new ConvertCommand(out, err).run(rest);
            case "lsp":
                return startLanguageServer(rest, err);
            case "extract":
                return new ExtractCommand(out, err).run(rest);
            case "--version":
            case "version":
                out.println("nianbao " + version());
                return ExitCode.OK;
            default:
                err.println("nianbao: 未知的命令“" + args[0] + "”（可用：lint、convert、extract、lsp）");
                err.print(Usage.TEXT);
                return ExitCode.USAGE;
        }
    }

    private static int startLanguageServer(String[] args, PrintStream err) {
        try {
            Class<?> server = Class.forName("nianbao.lsp.LspMain");
            server.getMethod("main", String[].class).invoke(null, (Object) args);
            return -1;
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            err.println("nianbao: 此版本未包含语言服务（" + e + "）");
            return ExitCode.USAGE;
        } catch (InvocationTargetException e) {
            err.println("nianbao: 语言服务异常退出：" + e.getCause());
            return ExitCode.USAGE;
        }
    }
}

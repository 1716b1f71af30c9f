package nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import nianbao.core.syntax.TableLayout;
import nianbao.document.ConvertedDocument;
import nianbao.document.DocumentKind;
import nianbao.document.DocumentReadException;
import nianbao.document.DocumentReaders;
import nianbao.document.DocumentTextLayouts;

/**
 * {@code nianbao convert FILE [--layout tabs|word|pipes] [-o OUT]}: writes a .docx, .html or .pdf report as the
 * checker's text (UTF-8), so that an author can open a published report in an editor and get live checking.
 */
final class ConvertCommand {
    static final String USAGE = "用法：java -jar nianbao.jar convert 文件(.docx|.html|.pdf) [--layout tabs|word|pipes] [-o 输出文件] [--max-size BYTES]";

    private final PrintStream out;
    private final PrintStream err;

    ConvertCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        String input = null;
        String output = null;
        TableLayout layout = TableLayout.TABS;
        long maxSize = 10L * 1024 * 1024;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--layout" -> layout = layout(value(args, ++i, a));
                    case "-o", "--output" -> output = value(args, ++i, a);
                    case "--max-size" -> maxSize = bytes(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("--layout=")) layout = layout(a.substring("--layout=".length()));
                        else if (a.startsWith("-") && !a.equals("-")) throw new IllegalArgumentException("未知的选项“" + a + "”");
                        else if (input != null) throw new IllegalArgumentException("只能转换一个文件");
                        else input = a;
                    }
                }
            }
            if (input == null) throw new IllegalArgumentException("缺少要转换的文件");
        } catch (IllegalArgumentException e) {
            err.println("nianbao convert: " + e.getMessage());
            err.println(USAGE);
            return ExitCode.USAGE;
        }
        Path path = Path.of(input);
        Optional<DocumentKind> kind = DocumentKind.ofFileName(path.getFileName().toString());
        if (kind.isEmpty()) {
            err.println("nianbao convert: " + input + ": 只能转换 Word 文档（.docx）、网页（.html）或 PDF 文件");
            return ExitCode.USAGE;
        }
        try {
            long size = Files.size(path);
            if (size > maxSize) {
                err.println("nianbao convert: " + input + ": 文件过大（" + size + " 字节，上限 " + maxSize + " 字节，可用 --max-size 调整）");
                return ExitCode.USAGE;
            }
            ConvertedDocument doc = DocumentReaders.read(kind.get(), Files.readAllBytes(path));
            String text = DocumentTextLayouts.inLayout(doc, layout);
            if (output == null) {
                out.print(text);
            } else {
                Files.writeString(Path.of(output), text, StandardCharsets.UTF_8);
            }
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("nianbao convert: " + input + ": 无法读写（" + e.getMessage() + "）");
        } catch (DocumentReadException | DocumentReaders.UncheckableDocumentException e) {
            err.println("nianbao convert: " + input + ": " + e.getMessage());
        }
        return ExitCode.USAGE;
    }

    private static TableLayout layout(String v) {
        return switch (v) {
            case "tabs" -> TableLayout.TABS;
            case "word" -> TableLayout.CELL_PER_LINE;
            case "pipes" -> TableLayout.PIPES;
            default -> throw new IllegalArgumentException("--layout 应为 tabs、word 或 pipes，实为“" + v + "”");
        };
    }

    private static long bytes(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-size 应为字节数，实为“" + v + "”");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " 缺少取值");
        return args[i];
    }
}

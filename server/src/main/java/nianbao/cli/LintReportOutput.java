package nianbao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where lint's report goes: standard output, or the file {@code -o} names (UTF-8). */
final class LintReportOutput {
    private LintReportOutput() {
    }

    /** Writes the report; false (after a message naming the file) when the file cannot be written. */
    static boolean write(Reporter reporter, List<FileResult> results, Path output, PrintStream out, PrintStream err) {
        if (output == null) {
            reporter.write(results, out);
            out.flush();
            return true;
        }
        try (OutputStream file = Files.newOutputStream(output); PrintStream to = new PrintStream(file, false, StandardCharsets.UTF_8)) {
            // Nothing was streamed: a format that streams (text) writes each file's findings here first.
            for (FileResult r : results) reporter.fileChecked(r, to);
            reporter.write(results, to);
            to.flush();
            if (to.checkError()) throw new IOException("写入失败");
            return true;
        } catch (IOException e) {
            err.println("nianbao: " + output + ": 无法写入报告（" + e.getMessage() + "）");
            return false;
        }
    }
}

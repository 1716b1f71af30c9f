package nianbao.cli;

import java.io.PrintStream;
import java.util.List;

import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Severity;

/** {@code path:line:col: severity NBxxx message} (1-based), then a summary line. */
final class TextReporter implements Reporter {
    @Override
    public void write(List<FileResult> results, PrintStream out) {
        long errors = 0, warnings = 0, infos = 0, edits = 0;
        for (FileResult r : results) {
            for (Diagnostic d : r.result().diagnostics()) {
                out.println(SourceLocations.text(r, d) + ": " + d.severity().id() + " " + d.code() + " " + d.message());
            }
            errors += r.result().count(Severity.ERROR);
            warnings += r.result().count(Severity.WARNING);
            infos += r.result().count(Severity.INFO) + r.result().count(Severity.HINT);
            edits += r.editsApplied();
        }
        String summary = "检查了 " + results.size() + " 个文件：" + errors + " 个错误，" + warnings + " 个警告，" + infos + " 个提示";
        if (edits > 0) summary += "；已修复 " + edits + " 处";
        out.println(summary);
    }
}

package nianbao.lsp;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Severity;

/**
 * The diagnostics of one document the editor is shown, at most {@code maxDiagnostics} of them (setting
 * {@code maxDiagnostics}; 0 shows all): a document of thousands of findings (a table pasted 500 times) would
 * otherwise send megabytes of JSON after every keystroke, and nobody reads the 1,001st squiggle. The most serious
 * ones are kept (errors before warnings before infos before hints; within a severity, the first in the text), in
 * the text's order, and one info diagnostic at the first left-out finding says how many more there are.
 */
final class DiagnosticCap {
    /** The findings shown and how many were left out; {@code firstOmitted} is null when none were. */
    record Shown(List<Diagnostic> kept, int omitted, Diagnostic firstOmitted) {
    }

    private DiagnosticCap() {
    }

    /** @param diagnostics in the text's order, as the checker gives them */
    static Shown of(List<Diagnostic> diagnostics, int maxDiagnostics) {
        if (maxDiagnostics <= 0 || diagnostics.size() <= maxDiagnostics) return new Shown(diagnostics, 0, null);
        int[] bySeverity = new int[Severity.values().length];
        for (Diagnostic d : diagnostics) bySeverity[d.severity().ordinal()]++;
        // The least serious severity still shown, and how many of that severity fit after the more serious ones.
        int room = maxDiagnostics;
        int cutSeverity = 0;
        while (cutSeverity < bySeverity.length && bySeverity[cutSeverity] <= room) room -= bySeverity[cutSeverity++];
        List<Diagnostic> kept = new ArrayList<>(maxDiagnostics);
        Diagnostic firstOmitted = null;
        for (Diagnostic d : diagnostics) {
            int s = d.severity().ordinal();
            if (s < cutSeverity || (s == cutSeverity && room-- > 0)) kept.add(d);
            else if (firstOmitted == null) firstOmitted = d;
        }
        return new Shown(kept, diagnostics.size() - kept.size(), firstOmitted);
    }

    /** The Chinese notice of the findings left out, naming the setting that shows them. */
    static String notice(int omitted, int maxDiagnostics) {
        return "本文档还有 " + omitted + " 个问题未显示：编辑器中最多显示 " + maxDiagnostics
                + " 个（先显示错误，再显示警告和提示）。修改设置 nianbao.maxDiagnostics 可显示更多（0 表示全部），命令行 lint 总是列出全部问题";
    }
}

package nianbao.testing;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.CheckResult;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Fix;
import nianbao.core.diag.TextEdit;

/** Whether the edits a fix-all makes lie inside edits that the findings' own fixes declare. */
public final class DeclaredEdits {
    private DeclaredEdits() {
    }

    /** The first applied edit no finding's fix covers, as text for a message; null when every edit is declared. */
    public static String firstUndeclared(CheckResult result, List<TextEdit> applied) {
        List<int[]> declared = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            for (Fix f : d.fixes()) {
                for (TextEdit e : f.edits()) {
                    declared.add(new int[]{result.source().startOffset(e.range()), result.source().endOffset(e.range())});
                }
            }
        }
        for (TextEdit e : applied) {
            int s = result.source().startOffset(e.range());
            int t = result.source().endOffset(e.range());
            if (declared.stream().noneMatch(r -> r[0] <= s && t <= r[1])) return e.range() + " → “" + e.newText() + "”";
        }
        return null;
    }
}

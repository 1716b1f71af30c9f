package nianbao.core.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nianbao.core.CheckResult;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Fix;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.TextEdit;

/**
 * The edits that "fix everything safe" makes (the CLI's {@code --fix}, the editor's fix-all on save): totals from
 * {@link FixAll}, then the other fixes of the chosen kinds, each only where it does not overlap another.
 */
public final class FixPlan {
    private FixPlan() {
    }

    public static List<TextEdit> edits(CheckResult result, Set<FixKind> kinds) {
        List<TextEdit> edits = new ArrayList<>();
        if (kinds.contains(FixKind.DERIVED_VALUE)) edits.addAll(FixAll.recomputeTotals(result));
        for (Diagnostic d : result.diagnostics()) {
            for (Fix f : d.fixes()) {
                if (!f.kind().inFixAll()) continue; // the author's words, a lost cell: quick fixes, never "fix all"
                if (f.kind() != FixKind.DERIVED_VALUE && kinds.contains(f.kind())) edits.addAll(f.edits());
            }
        }
        return TextEdits.withoutOverlaps(result.source(), edits);
    }
}

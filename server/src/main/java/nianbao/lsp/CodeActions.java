package nianbao.lsp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import nianbao.core.diag.FixKind;
import nianbao.core.fix.FixAll;
import nianbao.core.fix.FixPlan;

/**
 * Code actions:
 * <ul>
 *   <li>a {@code quickfix} per fix of each diagnostic in the request, built from the fixes the diagnostic carries in
 *   its data (preferred for derived values: the sum is certain);</li>
 *   <li>{@code source.fixAll.nianbao}: every safe fix at once ({@link FixPlan}), for fix-all and fix-on-save;</li>
 *   <li>{@code source.nianbao.recomputeTotals}: 重新计算全部总计 ({@link FixAll}).</li>
 * </ul>
 * Every edit names the document version it was computed on; fixes computed on an older version are not offered.
 */
final class CodeActions {
    static final String FIX_ALL = CodeActionKind.SourceFixAll + ".nianbao";
    static final String RECOMPUTE_TOTALS = CodeActionKind.Source + ".nianbao.recomputeTotals";
    static final String RECOMPUTE_TOTALS_TITLE = "重新计算全部总计";

    private final boolean versionedEdits;

    CodeActions(boolean versionedEdits) {
        this.versionedEdits = versionedEdits;
    }

    List<Either<Command, CodeAction>> actions(Analysis analysis, CodeActionParams params) {
        List<String> only = params.getContext().getOnly();
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        if (wants(only, CodeActionKind.QuickFix)) {
            for (Diagnostic d : params.getContext().getDiagnostics()) {
                if (!Convert.SOURCE.equals(d.getSource())) continue;
                fixesOf(d, analysis).ifPresent(data -> out.addAll(quickFixes(d, data, analysis.document())));
            }
        }
        if (wants(only, FIX_ALL)) {
            List<TextEdit> edits = analysis.convert().textEdits(
                    FixPlan.edits(analysis.result(), EnumSet.allOf(FixKind.class)));
            if (!edits.isEmpty()) {
                out.add(Either.forRight(source("nianbao：修复全部可自动修复的问题（" + edits.size() + " 处）", FIX_ALL, edits,
                        analysis.document())));
            }
        }
        if (wants(only, RECOMPUTE_TOTALS)) {
            List<TextEdit> edits = analysis.convert().textEdits(FixAll.recomputeTotals(analysis.result()));
            if (!edits.isEmpty()) {
                out.add(Either.forRight(source(RECOMPUTE_TOTALS_TITLE + "（" + edits.size() + " 处）", RECOMPUTE_TOTALS,
                        edits, analysis.document())));
            }
        }
        return out;
    }

    /**
     * The fixes a diagnostic carries. Clients that do not echo {@code data} get the fixes of the same diagnostic in
     * the current analysis (same code, range and message).
     */
    private static Optional<FixData> fixesOf(Diagnostic d, Analysis analysis) {
        Optional<FixData> carried = FixData.fromJson(d.getData());
        if (carried.isPresent() || d.getData() != null) return carried;
        return analysis.diagnostics().stream()
                .filter(mine -> Objects.equals(mine.getCode(), d.getCode()) && mine.getRange().equals(d.getRange())
                        && mine.getMessage().equals(d.getMessage()))
                .findFirst()
                .flatMap(mine -> FixData.fromJson(mine.getData()));
    }

    private List<Either<Command, CodeAction>> quickFixes(Diagnostic d, FixData data, TextDocument current) {
        // Edits made for another version would land in the wrong place; the client asks again once it has the
        // diagnostics of the current version.
        if (data.version() != current.version()) return List.of();
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        for (FixData.Entry fix : data.fixes()) {
            CodeAction action = new CodeAction(fix.title());
            action.setKind(CodeActionKind.QuickFix);
            action.setDiagnostics(List.of(d));
            action.setIsPreferred(fix.kind() == FixKind.DERIVED_VALUE);
            action.setEdit(Convert.workspaceEdit(current.uri(), current.version(), fix.edits(), versionedEdits));
            out.add(Either.forRight(action));
        }
        return out;
    }

    private CodeAction source(String title, String kind, List<TextEdit> edits, TextDocument document) {
        CodeAction action = new CodeAction(title);
        action.setKind(kind);
        action.setEdit(Convert.workspaceEdit(document.uri(), document.version(), edits, versionedEdits));
        return action;
    }

    /** Whether the client asked for this kind: no filter, or a filter naming the kind or a parent of it. */
    static boolean wants(List<String> only, String kind) {
        if (only == null || only.isEmpty()) return true;
        return only.stream().anyMatch(o -> kind.equals(o) || kind.startsWith(o + "."));
    }
}

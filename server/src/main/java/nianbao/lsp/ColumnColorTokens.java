package nianbao.lsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;

import nianbao.core.bind.BoundValue;

/**
 * Semantic tokens that give each value column of a table its own colour (as Rainbow CSV does for CSV), so that the
 * column a number stands in shows at a glance in every layout — tab-separated rows, one cell per line, pipes. Six
 * token types, used in turn by column index; the VS Code extension maps them to TextMate scopes that the default
 * themes colour differently ({@code semanticTokenScopes} in its package.json) and can turn them off.
 */
final class ColumnColorTokens {
    /** Token types: column 1 → nianbaoColumn1, …, column 7 → nianbaoColumn1 again. */
    static final List<String> TYPES = List.of("nianbaoColumn1", "nianbaoColumn2", "nianbaoColumn3", "nianbaoColumn4",
            "nianbaoColumn5", "nianbaoColumn6");

    static SemanticTokensWithRegistrationOptions capability() {
        SemanticTokensWithRegistrationOptions options = new SemanticTokensWithRegistrationOptions(
                new SemanticTokensLegend(TYPES, List.of()));
        options.setFull(true);
        options.setRange(false);
        return options;
    }

    /** LSP's relative encoding: per token Δline, Δstart (from the previous token on the same line), length, type, 0. */
    SemanticTokens tokens(Analysis analysis) {
        List<Integer> data = new ArrayList<>();
        int lastLine = 0;
        int lastStart = 0;
        for (BoundValue v : analysis.cells().valuesInTextOrder()) {
            if (v.cellEnd() <= v.cellStart()) continue;
            Range r = analysis.convert().range(v.cellStart(), v.cellEnd());
            if (r.getStart().getLine() != r.getEnd().getLine()) continue;
            int line = r.getStart().getLine();
            int start = r.getStart().getCharacter();
            data.add(line - lastLine);
            data.add(line == lastLine ? start - lastStart : start);
            data.add(r.getEnd().getCharacter() - start);
            data.add(Math.floorMod(v.columnIndex(), TYPES.size()));
            data.add(0);
            lastLine = line;
            lastStart = start;
        }
        return new SemanticTokens(data);
    }
}

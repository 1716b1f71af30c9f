package nianbao.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

import nianbao.core.bind.BoundValue;
import nianbao.core.bind.Formula;

/**
 * Hover on a value cell: which row and column it is; on a derived cell, its formula with the numbers and whether
 * it holds ("总计 = 18+1+0+0+0+0 = 19 ✓") — a formula that does not hold first.
 */
final class Hovers {
    private final boolean markdown;

    Hovers(boolean markdown) {
        this.markdown = markdown;
    }

    Hover hover(Analysis analysis, Position position) {
        int offset = analysis.convert().offset(position);
        Optional<BoundValue> cell = analysis.cells().valueAt(offset);
        if (cell.isEmpty()) return null;
        BoundValue value = cell.get();
        // A formula that does not hold comes first: the editor shows this hover below the diagnostic, and what the
        // author needs there is the sum with its numbers, before the cell's row and column.
        List<String> lines = new ArrayList<>();
        List<String> holding = new ArrayList<>();
        for (Formula f : analysis.cells().formulasFor(value)) {
            String line = FormulaText.equation(f) + " " + FormulaText.verdict(f);
            if (FormulaText.isWrong(f)) lines.add(line); else holding.add(line);
        }
        lines.add(title(value));
        lines.addAll(holding);
        MarkupContent content = new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT,
                String.join(markdown ? "\n\n" : "\n", lines));
        return new Hover(content, analysis.convert().range(value.cell().start(), value.cell().end()));
    }

    /** "**（一）予以公开** · 自然人"; section 四's one row has no name, so only the column is shown. */
    private String title(BoundValue value) {
        String row = value.row().displayName();
        String column = value.column().fullLabel();
        if (row.isEmpty()) return markdown ? "**" + column + "**" : column;
        return (markdown ? "**" + row + "**" : row) + " · " + column;
    }
}

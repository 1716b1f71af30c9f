package nianbao.lsp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import nianbao.core.bind.BoundValue;
import nianbao.core.bind.Formula;
import nianbao.core.fix.CellEdits;

/** The value a wrong, empty or missing total should hold, shown right after it: {@code 20 = 19}. */
final class InlayHints {
    List<InlayHint> hints(Analysis analysis, Range range) {
        Convert convert = analysis.convert();
        int first = range.getStart().getLine();
        int last = range.getEnd().getLine();
        Map<BoundValue, Set<BigDecimal>> shown = new IdentityHashMap<>();
        List<InlayHint> out = new ArrayList<>();
        for (Formula f : analysis.cells().formulas()) {
            if (!FormulaText.isWrong(f)) continue;
            BigDecimal expected = FormulaText.expected(f).orElseThrow();
            BoundValue target = f.target();
            int at = target.hasCell() ? target.cellEnd() : target.insertAt();
            if (at < 0) continue;
            // A 总计 that is both a row and a column total gets one hint per distinct expected value.
            if (!shown.computeIfAbsent(target, t -> new HashSet<>()).add(expected.stripTrailingZeros())) continue;
            Position position = convert.position(at);
            if (position.getLine() < first || position.getLine() > last) continue;
            InlayHint hint = new InlayHint(position, Either.forLeft("= " + CellEdits.format(expected)));
            hint.setPaddingLeft(true);
            hint.setTooltip(FormulaText.equation(f) + " " + FormulaText.verdict(f));
            out.add(hint);
        }
        return out;
    }
}

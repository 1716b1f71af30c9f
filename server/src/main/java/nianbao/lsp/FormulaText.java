package nianbao.lsp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nianbao.core.bind.BoundValue;
import nianbao.core.bind.CellValue;
import nianbao.core.bind.Formula;
import nianbao.core.fix.CellEdits;

/**
 * A derived cell's formula in words, with the numbers: "总计 = 18+1+0+0+0+0 = 19", and whether the cell holds it.
 * Hover and inlay hints show these.
 */
final class FormulaText {
    private FormulaText() {
    }

    /** The value the formula gives, when every part is a number. */
    static Optional<BigDecimal> expected(Formula f) {
        return CellEdits.sum(f.parts());
    }

    /** Whether the derived cell is missing, empty, not a number, or a number other than the sum. */
    static boolean isWrong(Formula f) {
        Optional<BigDecimal> expected = expected(f);
        CellValue actual = f.target().value();
        return expected.isPresent() && (!actual.isNumber() || actual.number().compareTo(expected.get()) != 0);
    }

    /** "总计 = 18+1+0+0+0+0 = 19"; the sum is left out when a part is not a number. */
    static String equation(Formula f) {
        String parts = f.parts().stream().map(FormulaText::shown).collect(Collectors.joining("+"));
        return name(f) + " = " + parts + expected(f).map(sum -> " = " + CellEdits.format(sum)).orElse("");
    }

    /** "✓", "✗ 应为 19（现为 20）", or why the sum cannot be known. */
    static String verdict(Formula f) {
        Optional<BigDecimal> expected = expected(f);
        if (expected.isEmpty()) return "无法计算：有单元格不是数字";
        if (!isWrong(f)) return "✓";
        return "✗ 应为 " + CellEdits.format(expected.get()) + "（现为" + shownActual(f.target()) + "）";
    }

    /**
     * What the formula computes: a row's 总计 is named by its column ("总计", "行政复议 总计"); a column's sum by
     * its row and column ("（七）总计（自然人）").
     */
    private static String name(Formula f) {
        BoundValue target = f.target();
        List<BoundValue> parts = f.parts();
        boolean sameRow = parts.stream().allMatch(p -> p.row() == target.row());
        if (sameRow) return target.column().fullLabel();
        return target.row().displayName() + "（" + target.column().fullLabel() + "）";
    }

    private static String shown(BoundValue v) {
        return switch (v.value().kind()) {
            case NUMBER -> CellEdits.format(v.value().number());
            case EMPTY -> "空";
            case MISSING -> "缺";
            case NOT_A_NUMBER -> "“" + v.value().text().strip() + "”";
        };
    }

    private static String shownActual(BoundValue v) {
        return switch (v.value().kind()) {
            case NUMBER -> " " + CellEdits.format(v.value().number());
            case EMPTY -> "空";
            case MISSING -> "缺少该单元格";
            case NOT_A_NUMBER -> "“" + v.value().text().strip() + "”";
        };
    }
}

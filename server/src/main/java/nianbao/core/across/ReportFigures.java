package nianbao.core.across;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nianbao.core.bind.BoundReport;
import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundValue;
import nianbao.core.format.TableKind;

/**
 * The key figures of a report, read from its bound tables: what reviewers compare across reports and years. A figure
 * whose cells are not all numbers (or whose row is broken) is absent rather than guessed.
 */
public final class ReportFigures {
    /** The figures, in the order a reviewer reads them. */
    public enum Figure {
        NEW_TOTAL("一、本年新收 总计"),
        CARRIED_IN("二、上年结转 总计"),
        RESULT_TOTAL("三（七）总计"),
        CARRIED_OUT("四、结转下年度 总计"),
        REVIEWS("行政复议 总计"),
        LAWSUITS("行政诉讼 总计"),
        DISCLOSED_RATE("予以公开率（%）");

        public final String label;

        Figure(String label) {
            this.label = label;
        }
    }

    private ReportFigures() {
    }

    public static Map<Figure, BigDecimal> of(BoundReport report) {
        Map<Figure, BigDecimal> out = new LinkedHashMap<>();
        requestTotal(report, "new").ifPresent(v -> out.put(Figure.NEW_TOTAL, v));
        requestTotal(report, "carried").ifPresent(v -> out.put(Figure.CARRIED_IN, v));
        Optional<BigDecimal> results = requestTotal(report, "r7");
        results.ifPresent(v -> out.put(Figure.RESULT_TOTAL, v));
        requestTotal(report, "next").ifPresent(v -> out.put(Figure.CARRIED_OUT, v));
        sum(reviewCells(report, 4)).ifPresent(v -> out.put(Figure.REVIEWS, v));
        sum(reviewCells(report, 9, 14)).ifPresent(v -> out.put(Figure.LAWSUITS, v));
        Optional<BigDecimal> disclosed = requestTotal(report, "r1");
        if (disclosed.isPresent() && results.isPresent() && results.get().signum() > 0) {
            out.put(Figure.DISCLOSED_RATE, disclosed.get().multiply(BigDecimal.valueOf(100))
                    .divide(results.get(), 1, RoundingMode.HALF_UP));
        }
        return out;
    }

    /** A cell of an official row of the 三 table, or of another table; empty when the row is absent or broken. */
    public static Optional<BoundValue> cell(BoundReport report, TableKind table, String rowId, int column) {
        return report.table(table).map(t -> t.rowById(rowId))
                .filter(r -> !r.valuesUnknown && column < r.values.size())
                .map(r -> r.value(column));
    }

    /** The 总计 cell (last column) of a row of the 三 table. */
    public static Optional<BoundValue> requestTotalCell(BoundReport report, String rowId) {
        return report.table(TableKind.REQUESTS).map(t -> t.rowById(rowId))
                .filter(r -> !r.valuesUnknown && !r.values.isEmpty())
                .map(r -> r.value(r.values.size() - 1));
    }

    /** The cells of the 四 table's data row at these columns (empty when the row is broken). */
    public static List<BoundValue> reviewCells(BoundReport report, int... columns) {
        Optional<BoundRow> row = report.table(TableKind.REVIEWS)
                .flatMap(t -> t.rows.stream().filter(r -> r.spec != null && !r.valuesUnknown && !r.duplicate).findFirst());
        if (row.isEmpty()) return List.of();
        List<BoundValue> out = new java.util.ArrayList<>();
        for (int c : columns) {
            if (c >= row.get().values.size()) return List.of();
            out.add(row.get().value(c));
        }
        return out;
    }

    public static Optional<BigDecimal> number(BoundValue v) {
        return v.value().isNumber() ? Optional.of(v.value().number()) : Optional.empty();
    }

    /** The sum of the cells, or empty when there are none or one is not a number. */
    public static Optional<BigDecimal> sum(List<BoundValue> cells) {
        if (cells.isEmpty()) return Optional.empty();
        BigDecimal total = BigDecimal.ZERO;
        for (BoundValue v : cells) {
            if (!v.value().isNumber()) return Optional.empty();
            total = total.add(v.value().number());
        }
        return Optional.of(total);
    }

    private static Optional<BigDecimal> requestTotal(BoundReport report, String rowId) {
        return requestTotalCell(report, rowId).flatMap(ReportFigures::number);
    }

    /** "19", "2.35": the number as an author writes it. */
    public static String format(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}

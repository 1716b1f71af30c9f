package nianbao.cli;

import java.math.BigDecimal;
import java.util.List;

/** A horizontal bar chart as inline SVG: one bar per report, labelled with the file and the value. */
final class HtmlBarChart {
    private static final int ROW = 22;
    private static final int LABEL = 260;
    private static final int BAR = 320;

    /** One bar: the report it belongs to, and its value (null: the figure could not be read). */
    record Bar(String label, BigDecimal value) {
    }

    private HtmlBarChart() {
    }

    static void write(StringBuilder b, String title, String figureId, List<Bar> bars) {
        BigDecimal max = BigDecimal.ZERO;
        for (Bar bar : bars) {
            if (bar.value() != null && bar.value().compareTo(max) > 0) max = bar.value();
        }
        int height = bars.size() * ROW + 8;
        b.append("<figure class=\"chart\" data-chart=\"").append(HtmlEscaping.escape(figureId)).append("\">\n<figcaption>")
                .append(HtmlEscaping.escape(title)).append("</figcaption>\n");
        b.append("<svg width=\"").append(LABEL + BAR + 80).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(LABEL + BAR + 80).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(HtmlEscaping.escape(title)).append("\">\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 4;
            b.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" class=\"bar-label\">").append(HtmlEscaping.escape(shorten(bar.label()))).append("</text>");
            if (bar.value() == null) {
                b.append("<text x=\"").append(LABEL).append("\" y=\"").append(y + 15).append("\" class=\"bar-none\">无法读取</text>\n");
                continue;
            }
            int width = max.signum() == 0 ? 0 : bar.value().multiply(BigDecimal.valueOf(BAR))
                    .divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
            b.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(Math.max(width, 1))
                    .append("\" height=\"16\" class=\"bar\"/>");
            b.append("<text x=\"").append(LABEL + Math.max(width, 1) + 6).append("\" y=\"").append(y + 15)
                    .append("\" class=\"bar-value\">").append(HtmlEscaping.escape(HtmlEscaping.number(bar.value()))).append("</text>\n");
        }
        b.append("</svg>\n</figure>\n");
    }

    private static String shorten(String label) {
        return label.length() <= 28 ? label : "…" + label.substring(label.length() - 27);
    }
}

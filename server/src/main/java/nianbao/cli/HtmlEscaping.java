package nianbao.cli;

import java.math.BigDecimal;

/** Text in the HTML page: escaped for element content and attribute values alike (the page is also well-formed XML). */
final class HtmlEscaping {
    private HtmlEscaping() {
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0; report text may hold them (a stray form feed).
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') b.append('\uFFFD'); else b.append(c);
                }
            }
        }
        return b.toString();
    }

    static String number(BigDecimal n) {
        return nianbao.core.across.ReportFigures.format(n);
    }
}

package nianbao.core.bind;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What a value cell holds: a number, nothing, or text where a number belongs ("/", "—", "无", "减4", "251000元").
 * Full-width digits, padding and thousands separators are accepted as numbers.
 */
public record CellValue(Kind kind, BigDecimal number, String text) {
    public enum Kind { NUMBER, EMPTY, MISSING, NOT_A_NUMBER }

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    /** Text that stands where a value belongs: digits with units, placeholders, 增/减 notes. */
    private static final Pattern VALUE_LIKE = Pattern.compile(
            "[-+]?[\\d.,]+\\s*(元|万元|件|条|个|次|项|%)?|[增减]\\s*[\\d.]+.{0,3}|[/\\\\\\-—–_~…无空暂无nN/aA]{1,4}|×|x|X");

    public static final CellValue MISSING_VALUE = new CellValue(Kind.MISSING, null, "");

    public static CellValue parse(String text) {
        String t = normalize(text);
        if (t.isEmpty()) return new CellValue(Kind.EMPTY, null, text);
        if (NUMBER.matcher(t).matches()) {
            return new CellValue(Kind.NUMBER, new BigDecimal(t.replace(",", "").replace("+", "")), text);
        }
        return new CellValue(Kind.NOT_A_NUMBER, null, text);
    }

    /** Whether a cell's text reads as a value (possibly a bad one) rather than a label. */
    public static boolean looksLikeValue(String text) {
        String t = normalize(text);
        return !t.isEmpty() && t.length() <= 14 && VALUE_LIKE.matcher(t).matches();
    }

    private static String normalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return n.replace('−', '-').replace('－', '-').replace(" ", "");
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }
}

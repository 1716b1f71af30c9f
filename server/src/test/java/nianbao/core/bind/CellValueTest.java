package nianbao.core.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written scans accept exactly what the regular expressions they replaced accepted. */
class CellValueTest {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern VALUE_LIKE = Pattern.compile(
            "[-+]?[\\d.,]+\\s*(元|万元|件|条|个|次|项|%)?|[增减]\\s*[\\d.]+.{0,3}|[/\\\\\\-—–_~…无空暂无nN/aA]{1,4}|×|x|X");

    private static String oldNormalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return n.replace('−', '-').replace('－', '-').replace(" ", "");
    }

    private static CellValue oldParse(String text) {
        String t = oldNormalize(text);
        if (t.isEmpty()) return new CellValue(CellValue.Kind.EMPTY, null, text);
        if (NUMBER.matcher(t).matches()) {
            return new CellValue(CellValue.Kind.NUMBER, new BigDecimal(t.replace(",", "").replace("+", "")), text);
        }
        return new CellValue(CellValue.Kind.NOT_A_NUMBER, null, text);
    }

    private static boolean oldLooksLikeValue(String text) {
        String t = oldNormalize(text);
        return !t.isEmpty() && t.length() <= 14 && VALUE_LIKE.matcher(t).matches();
    }

    @Test
    void cellsSeenInReportsReadAsBefore() {
        for (String s : List.of("18", "12345678901234567890", "123456789012345678", "-0", "-0.0", "0.50", "+0.05", "１８", " 18 ", "1,234", "1,234.50", "12,3456", "1234,567", "+5", "-3", "−3", "－3",
                "0.5", ".5", "5.", "1,23", ",", "", "　", "/", "—", "无", "暂无", "N/A", "减4", "增 12.5万", "增4件以上",
                "251000元", "12.5万元", "3 件", "30%", "×", "x", "X", "xx", "……", "1\t元", "增\t4", "减4\n件", "－", "2,,000")) {
            assertEquals(oldParse(s), CellValue.parse(s), s);
            assertEquals(oldLooksLikeValue(s), CellValue.looksLikeValue(s), s);
        }
    }

    @Test
    void randomCellsReadAsBefore() {
        // With the first characters of labels ("（一）", "其中"), which a value never starts with, and a combining mark.
        String pool = "0123456789０１２３４５６７８９,.，．+-−－ 　\t\n元万件条个次项%增减/\\—–_~…无空暂nNaA×xX总计（(一其\u0301①";
        long seed = 7L;
        Random random = new Random(seed);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int i = 0; i < length; i++) b.append(pool.charAt(random.nextInt(pool.length())));
            String s = b.toString();
            assertEquals(oldParse(s), CellValue.parse(s), () -> "seed " + seed + ": \"" + s + "\"");
            assertEquals(oldLooksLikeValue(s), CellValue.looksLikeValue(s), () -> "seed " + seed + ": \"" + s + "\"");
        }
    }

    @Test
    void smallNumbersAreSharedAndReadAsEveryOtherNumber() {
        for (int v = 0; v < 1200; v++) {
            String text = Integer.toString(v);
            assertEquals(oldParse(text), CellValue.parse(text), text);
            assertEquals(oldParse("0" + text), CellValue.parse("0" + text), "0" + text);
        }
        // A table pasted hundreds of times keeps one value and one text per small number, not one per cell.
        CellValue first = CellValue.parse(new String("17"));
        org.junit.jupiter.api.Assertions.assertSame(first, CellValue.parse(new String("17")));
        // Rows keep their cells' texts: equal small numbers are one String.
        org.junit.jupiter.api.Assertions.assertSame(
                new nianbao.core.syntax.Row(java.util.List.of(new nianbao.core.syntax.Cell(0, 2, new String("17"), 0)), 0, 0).cellText(0),
                new nianbao.core.syntax.Row(java.util.List.of(new nianbao.core.syntax.Cell(5, 7, new String("17"), 1)), 1, 1).cellText(0));
    }
}

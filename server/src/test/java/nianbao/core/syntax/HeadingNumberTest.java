package nianbao.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nianbao.testing.PieceTexts;

/** The hand scans of numberings against the patterns they replace, on fixed and random texts. */
class HeadingNumberTest {
    /** The heading numbering pattern {@link HeadingNumber} replaces. */
    private static final Pattern HEADING = Pattern.compile(
            "^第?([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})(?:部分)?(?:[\\s\\u3000\\u00A0]*([、．.，,:：])|[\\s\\u3000\\u00A0]+|(?=[^0-9０-９一二三四五六七八九十]))[\\s\\u3000\\u00A0]*");
    /** The label numbering pattern {@link TableTokens#isNumbered} replaces. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}(?:[、．]|\\.(?![0-9０-９])))");
    private static final String[] PIECES = {"第", "一", "二", "十", "十一", "三四", "1", "2", "12", "１", "２", "部分", "部", "分",
        "、", "．", ".", "，", ",", ":", "：", " ", "\u3000", "\u00A0", "\t", "（", "）", "(", ")", "总体情况", "年", "x", "5", "0"};

    /** The numbering at the start of {@code s}, read as the parser reads a part of its text. */
    private static HeadingNumber at(String s) {
        return HeadingNumber.at(s, 0, s.length());
    }

    @Test
    void commonHeadingsAreNumbered() {
        assertEquals(new HeadingNumber(0, 1, 2), at("一、总体情况"));
        assertEquals(new HeadingNumber(1, 2, 5), at("第三部分 其他"));
        assertEquals(new HeadingNumber(0, 1, 3), at("2. 主动公开"));
        assertEquals(new HeadingNumber(0, 1, 1), at("五其他需要报告的事项"));
        assertNull(at("一二三四、总体"));
        assertNull(at("123、总体"));
        assertNull(at("总体情况"));
    }

    @Test
    void theScansAgreeWithThePatternsOnRandomTexts() {
        long seed = 20261130L;
        PieceTexts texts = new PieceTexts(seed, PIECES);
        for (int n = 0; n < 50_000; n++) {
            String text = texts.next(7);
            Matcher m = HEADING.matcher(text);
            HeadingNumber expected = m.find() ? new HeadingNumber(m.start(1), m.end(1), m.end()) : null;
            assertEquals(expected, at(text), "seed " + seed + ", text: [" + text + "]");
            // Read in place within a longer text: the same numbering, counted from where the part starts.
            String before = texts.next(3);
            String within = before + text + texts.next(3);
            assertEquals(expected, HeadingNumber.at(within, before.length(), before.length() + text.length()),
                    "seed " + seed + ", text: [" + before + "|" + text + "|…]");
            assertEquals(LABEL.matcher(text).find(), TableTokens.isNumbered(text), "seed " + seed + ", text: [" + text + "]");
        }
    }
}

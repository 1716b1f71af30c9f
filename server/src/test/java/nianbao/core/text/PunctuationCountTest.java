package nianbao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link Chars#countBesidesPunctuation} stands for removing {@code [\p{P}\p{S}]} and counting what is left (the
 * rules that look for a section reading only "无" used to copy the text so): the same count, up to its limit, on
 * random text of punctuation, symbols, letters, spaces and characters outside the BMP (an emoji is one symbol, not
 * two characters).
 */
class PunctuationCountTest {
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");
    private static final String[] PIECES = {"无", "暂", "。", "，", "、", "（", "）", "(", ")", "-", "—", "+", "=", "$", "¥", "^", "`",
        "“", "”", "…", "·", "%", "a", "1", "１", " ", "\u3000", "\u0301", "😀", "𠀀", "\uD83D", "_", "|", "~", "©", "℃"};

    @Test
    void countsWhatRemovingPunctuationLeaves() {
        long seed = 20261130L;
        Random random = new Random(seed);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int count = random.nextInt(7);
            for (int k = 0; k < count; k++) b.append(PIECES[random.nextInt(PIECES.length)]);
            String s = b.toString();
            String left = PUNCTUATION.matcher(s).replaceAll("");
            int expected = Math.min(left.codePointCount(0, left.length()), 3);
            assertEquals(expected, Chars.countBesidesPunctuation(s, 2), () -> "seed " + seed + ": \"" + s + "\"");
        }
    }
}

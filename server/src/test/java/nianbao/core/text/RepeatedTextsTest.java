package nianbao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;

import org.junit.jupiter.api.Test;

class RepeatedTextsTest {

    @Test
    void anEqualTextMetAgainIsTheStringMetFirst() {
        String[] cache = RepeatedTexts.cache();
        String first = new String("四、结转下年度继续办理".toCharArray());
        String again = new String("四、结转下年度继续办理".toCharArray());
        assertSame(first, RepeatedTexts.shared(cache, first));
        assertSame(first, RepeatedTexts.shared(cache, again));
    }

    @Test
    void aRegionOfTheSourceIsItsSubstringAndARepeatedOneIsTheStringMadeFirst() {
        long seed = 7L;
        Random random = new Random(seed);
        String[] cache = RepeatedTexts.cache();
        String alphabet = "0123456789一二三（）、 总计";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(80);
            for (int j = 0; j < n; j++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String source = b.toString();
            int from = n == 0 ? 0 : random.nextInt(n);
            int to = from + random.nextInt(n - from + 1);
            assertEquals(source.substring(from, to), RepeatedTexts.shared(cache, source, from, to), "seed " + seed + ", case " + i);
        }
        String report = "（三）不予公开\t17\t（三）不予公开\t17";
        String label = RepeatedTexts.shared(cache, report, 0, 7);
        assertSame(label, RepeatedTexts.shared(cache, report, 11, 18));
        assertSame(RepeatedTexts.shared(cache, report, 8, 10), RepeatedTexts.shared(cache, report, 19, 21));
        assertEquals("007", RepeatedTexts.shared(cache, "a007", 1, 4));
    }

    @Test
    void longTextsAreNotKept() {
        String[] cache = RepeatedTexts.cache();
        String longText = "申".repeat(65);
        RepeatedTexts.shared(cache, longText);
        assertNotSame(longText, RepeatedTexts.shared(cache, new String(longText.toCharArray())));
    }

    @Test
    void whatComesBackIsAlwaysEqualToWhatWasGiven() {
        long seed = 20261130L;
        Random random = new Random(seed);
        String[] cache = RepeatedTexts.cache();
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int j = 0; j < n; j++) b.append((char) ('0' + random.nextInt(40)));
            String text = b.toString();
            assertEquals(text, RepeatedTexts.shared(cache, text), "seed " + seed + ", case " + i);
        }
    }
}

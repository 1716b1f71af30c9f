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

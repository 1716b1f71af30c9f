package nianbao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** The banded distance is Commons Text's bounded Levenshtein, value for value. */
class SimilarityTest {
    @Test
    void boundedDistanceIsCommonsTextLevenshtein() {
        String pool = "一二三本年新收政府信息公开申请数量予以不()、.0123abc";
        long seed = 42L;
        Random random = new Random(seed);
        for (int n = 0; n < 30_000; n++) {
            String a = randomString(random, pool, 14);
            String b = random.nextInt(3) == 0 ? mutate(random, a, pool) : randomString(random, pool, 14);
            int bound = random.nextInt(10);
            int expected = new LevenshteinDistance(bound).apply(a, b);
            assertEquals(expected, Similarity.boundedDistance(a, b, bound),
                    () -> "seed " + seed + ": \"" + a + "\" \"" + b + "\" bound " + bound);
        }
    }

    @Test
    void similarityIsOneMinusCommonsTextDistanceOverTheLonger() {
        String pool = "一二三本年新收政府信息公开申请数量予以不()、.0123abc情况总体";
        long seed = 43L;
        Random random = new Random(seed);
        for (int n = 0; n < 30_000; n++) {
            String a = randomString(random, pool, 20);
            String b = random.nextBoolean() ? mutate(random, a, pool) : randomString(random, pool, 20);
            int max = Math.max(a.length(), b.length());
            double expected;
            if (a.equals(b) || max == 0) expected = 1.0;
            else if (Math.min(a.length(), b.length()) * 3 < max) expected = 0.0;
            else {
                int d = new LevenshteinDistance(max / 2).apply(a, b);
                expected = d < 0 ? 0.0 : 1.0 - (double) d / max;
            }
            assertEquals(expected, Similarity.of(a, b), () -> "seed " + seed + ": \"" + a + "\" \"" + b + "\"");
        }
    }

    @Test
    void similarityOfLabels() {
        assertEquals(1.0, Similarity.of("本年新收", "本年新收"));
        assertEquals(1 - 1.0 / 6, Similarity.of("本年制发件数", "本年制作件数"), 1e-12);
        assertEquals(0.0, Similarity.of("予以公开", "本年新收政府信息公开申请数量"));
    }

    private static String randomString(Random random, String pool, int maxLength) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) b.append(pool.charAt(random.nextInt(pool.length())));
        return b.toString();
    }

    private static String mutate(Random random, String s, String pool) {
        StringBuilder b = new StringBuilder(s);
        int edits = random.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int kind = random.nextInt(3);
            char c = pool.charAt(random.nextInt(pool.length()));
            if (kind == 0 || b.length() == 0) b.insert(random.nextInt(b.length() + 1), c);
            else if (kind == 1) b.deleteCharAt(random.nextInt(b.length()));
            else b.setCharAt(random.nextInt(b.length()), c);
        }
        return b.toString();
    }
}

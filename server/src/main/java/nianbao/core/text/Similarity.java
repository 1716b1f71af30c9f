package nianbao.core.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Similarity of two labels in [0, 1]: 1 − edit distance ÷ length of the longer (Commons Text Levenshtein);
 * 0 when they differ in more than half their characters.
 */
public final class Similarity {
    /**
     * Headings and row labels are compared with the same official texts on every line of every check, and an
     * editor checks nearly the same text on each keystroke: scores are memoised by content, the cache emptied
     * when it grows past a bound (so memory stays bounded whatever the input).
     */
    private static final Map<String, Double> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100_000;
    /** Longer texts are not worth a cache entry: they are never similar to a label (see the length test below). */
    private static final int CACHED_LENGTH = 200;

    private Similarity() {
    }

    public static double of(String a, String b) {
        if (a.equals(b)) return 1.0;
        if (a.length() + b.length() > CACHED_LENGTH) return compute(a, b);
        String key = a + '\u0000' + b;
        Double known = CACHE.get(key);
        if (known != null) return known;
        double score = compute(a, b);
        if (CACHE.size() > CACHE_LIMIT) CACHE.clear();
        CACHE.put(key, score);
        return score;
    }

    private static double compute(String a, String b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) return 1.0;
        // Labels are short; a long paragraph compared with a label is never a match, and Levenshtein is O(n·m).
        if (Math.min(a.length(), b.length()) * 3 < max) return 0.0;
        // Below one half nothing is a match: a bounded distance is enough, and much cheaper.
        int bound = max / 2;
        int d = new LevenshteinDistance(bound).apply(a, b);
        return d < 0 ? 0.0 : 1.0 - (double) d / max;
    }
}

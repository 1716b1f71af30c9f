package nianbao.core.text;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Similarity of two labels in [0, 1]: 1 − edit distance ÷ length of the longer (Commons Text Levenshtein);
 * 0 when they differ in more than half their characters.
 */
public final class Similarity {
    private Similarity() {
    }

    public static double of(String a, String b) {
        if (a.equals(b)) return 1.0;
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

package nianbao.core.text;

/**
 * Similarity of two labels in [0, 1]: 1 − edit distance ÷ length of the longer (Levenshtein over UTF-16 units);
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
        // Each character of one string that the other lacks costs at least one edit: a cheap test (indexOf) that
        // turns most unrelated pairs (a prose line against a heading) away before any dynamic programming.
        if (absent(a, b, bound) > bound || absent(b, a, bound) > bound) return 0.0;
        int d = boundedDistance(a, b, bound);
        return d < 0 ? 0.0 : 1.0 - (double) d / max;
    }

    /** How many characters of {@code x} do not occur in {@code y}, counting no further than {@code limit} + 1. */
    private static int absent(String x, String y, int limit) {
        int n = 0;
        for (int i = 0; i < x.length() && n <= limit; i++) {
            if (y.indexOf(x.charAt(i)) < 0) n++;
        }
        return n;
    }

    /**
     * Levenshtein distance of {@code a} and {@code b} when it is at most {@code bound}, else -1. Only the diagonal
     * band of width 2·bound+1 can hold a distance within the bound, so only that band is computed, and the scan
     * stops as soon as a whole row of the band exceeds the bound.
     */
    static int boundedDistance(CharSequence a, CharSequence b, int bound) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > bound) return -1;
        if (n == 0) return m;
        if (m == 0) return n;
        int big = Integer.MAX_VALUE / 2;
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j <= bound ? j : big;
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            int from = Math.max(1, i - bound);
            int to = Math.min(m, i + bound);
            current[0] = i <= bound ? i : big;
            if (from > 1) current[from - 1] = big;
            int rowMin = current[0];
            for (int j = from; j <= to; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = d;
                if (d < rowMin) rowMin = d;
            }
            if (to < m) current[to + 1] = big;
            if (rowMin > bound) return -1;
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m] <= bound ? previous[m] : -1;
    }
}

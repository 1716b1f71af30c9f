package nianbao.core.text;

/**
 * One String for texts that repeat across a document's cells: a table pasted hundreds of times would otherwise keep
 * each copy's labels as Strings of their own. A small lossy cache per thread (the last text seen in each of 512
 * slots), so it costs a hash and a compare per cell, holds at most 512 short Strings, and needs no scope: a miss
 * only keeps an equal String twice, never a wrong one.
 */
public final class RepeatedTexts {
    private static final int SLOTS = 512;
    /** Longer texts rarely repeat and would keep more memory alive in the cache than sharing them saves. */
    private static final int MAX_LENGTH = 64;
    private static final ThreadLocal<String[]> CACHE = ThreadLocal.withInitial(() -> new String[SLOTS]);

    private RepeatedTexts() {
    }

    /** The cache of the calling thread, to pass to {@link #shared} for the cells of a table. */
    public static String[] cache() {
        return CACHE.get();
    }

    /**
     * {@code source.substring(from, to)}, made only when it is not a shared small number and the cache has no equal
     * String: a document checked again after each edit finds its cells' texts here and allocates none.
     */
    public static String shared(String[] cache, String source, int from, int to) {
        int n = to - from;
        if (n <= 3) {
            int small = SmallNumberTexts.valueOf(source, from, to);
            return small >= 0 ? SmallNumberTexts.of(small) : source.substring(from, to);
        }
        if (n > MAX_LENGTH) return source.substring(from, to);
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + source.charAt(i);
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        String seen = cache[slot];
        if (seen != null && seen.hashCode() == h && seen.length() == n && source.regionMatches(from, seen, 0, n)) return seen;
        String text = source.substring(from, to);
        cache[slot] = text;
        return text;
    }

    /** A String equal to {@code text}: a shared small number, the one met before in this slot, or {@code text}. */
    public static String shared(String[] cache, String text) {
        // substring of the whole text is the text itself: nothing is copied.
        return shared(cache, text, 0, text.length());
    }
}

package nianbao.core.rules.prose;

/**
 * The characters {@link ProseScanner} stops at: sentence and clause ends, digits and numerals (a number may start
 * there) and the first characters of cue words. At any other character the scan only moves on, so it skips those
 * by one table look-up (a number's digits are passed over as a whole, never one by one).
 */
final class ProseScanStops {
    private static final boolean[] ACTS = new boolean[Character.MAX_VALUE + 1];

    static {
        // Only the characters that act are set (no loop over all 65,536: this runs at start-up).
        for (char c : "\n。；;！？!?，,：:0123456789零〇一二三四五六七八九两十百千万".toCharArray()) ACTS[c] = true;
        for (ProseCue cue : ProseCue.values()) {
            for (String word : cue.words) ACTS[word.charAt(0)] = true;
        }
    }

    private ProseScanStops() {
    }

    /** Whether the scan may do anything at {@code c}. */
    static boolean acts(char c) {
        return ACTS[c];
    }

    static boolean isSentenceEnd(char c) {
        return c == ProseIndex.BREAK || c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '!' || c == '?';
    }
}

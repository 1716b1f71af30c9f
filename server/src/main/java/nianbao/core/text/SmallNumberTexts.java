package nianbao.core.text;

/**
 * One shared String per small whole number as cells write it ("0" … "999", no sign, no leading zero): most value
 * cells of a report hold one, and a table pasted hundreds of times would otherwise keep a String and its bytes
 * per cell. Filled as numbers are met; a race only makes a second equal String, never a wrong one.
 */
public final class SmallNumberTexts {
    public static final int LIMIT = 1000;
    private static final String[] SHARED = new String[LIMIT];

    private SmallNumberTexts() {
    }

    /** The value of {@code text} when it is such a number, else -1. */
    public static int valueOf(String text) {
        return valueOf(text, 0, text.length());
    }

    /** The value of {@code source} from {@code from} to {@code to} when it is such a number, else -1. */
    public static int valueOf(String source, int from, int to) {
        int n = to - from;
        if (n <= 0 || n > 3) return -1;
        if (n > 1 && source.charAt(from) == '0') return -1;
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The shared String of {@code value} (0 … 999). */
    public static String of(int value) {
        String s = SHARED[value];
        if (s == null) SHARED[value] = s = Integer.toString(value);
        return s;
    }

    /** The shared String equal to {@code text} when it is such a number, else {@code text} itself. */
    public static String shared(String text) {
        int v = valueOf(text);
        if (v < 0) return text;
        String s = SHARED[v];
        if (s == null) SHARED[v] = s = text;
        return s;
    }
}

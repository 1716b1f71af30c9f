package nianbao.core.bind;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

import nianbao.core.format.NumberingStyle;
import nianbao.core.text.Chars;
import nianbao.core.text.Similarity;
import nianbao.core.text.TraditionalChars;

/**
 * Tolerant comparison of a written label with an official one. Most written labels are an official label or a
 * known variant of one: those are found by an exact look-up in {@link OfficialLabels}, and their similarity to
 * other official labels comes from a table filled once; Levenshtein runs only for a label seen nowhere in the
 * format (bounded, on short strings: {@link Similarity}).
 */
public final class LabelMatch {
    /** Scores at or above this bind a label to an official one. */
    public static final double BIND = 0.75;

    private LabelMatch() {
    }

    /** How a written label differs from the official text. */
    public enum Difference {
        NONE,
        /** Only spaces, full/half-width forms or quotes differ: "(一) 予以公开" for "（一）予以公开". */
        SPACING_OR_PUNCTUATION,
        /** The numbering differs: "（3）不予公开" for "（三）不予公开". */
        NUMBERING,
        /** The words differ: "本年制作件数" for "本年制发件数". */
        WORDING
    }

    /** The label without its numbering prefix, in canonical form. */
    public static String core(String label) {
        return parse(label).core;
    }

    public static int number(String label) {
        return parse(label).number;
    }

    /**
     * A label taken apart: {@code canonical} is the whole label in canonical form, {@code core} the same without its
     * numbering, {@code official} the index of the core among the official labels, or -1.
     */
    record Parsed(String canonical, String core, int number, int official) {
    }

    /**
     * Labels repeat across rows, tables and documents (official labels in every comparison), and normalising them
     * dominated checking time: parsed forms are memoised, the cache emptied when it grows past a bound.
     */
    private static final Map<String, Parsed> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 20_000;

    /** A label taken apart (memoised): for comparing one written label with many official ones, parsed once. */
    static Parsed parsed(String label) {
        return parse(label);
    }

    private static Parsed parse(String label) {
        Parsed p = CACHE.get(label);
        if (p != null) return p;
        p = taken(label);
        if (CACHE.size() > CACHE_LIMIT) CACHE.clear();
        CACHE.put(label, p);
        return p;
    }

    /** A label taken apart, computed (not memoised): {@link OfficialLabels} keeps the official rows' own. */
    static Parsed taken(String label) {
        Matcher m = NumberingStyle.match(label);
        String core = Chars.canonical(m == null ? label : label.substring(m.end()));
        return new Parsed(Chars.canonical(label), core, m == null ? -1 : NumberingStyle.value(m.group(1)),
                OfficialLabels.indexOf(core));
    }

    /** The core of a label, computed (no cache: {@link OfficialLabels} uses it while it is being built). */
    static String coreOf(String label) {
        Matcher m = NumberingStyle.match(label);
        return Chars.canonical(m == null ? label : label.substring(m.end()));
    }

    /** Whether two labels taken apart have the same core: one index comparison when both are official. */
    static boolean sameCore(Parsed a, Parsed b) {
        // Official cores are unique in OfficialLabels: equal cores have the same index, and an official core never
        // equals a core that has none.
        if (a.official >= 0 || b.official >= 0) return a.official == b.official;
        return a.core.equals(b.core);
    }

    /** Similarity in [0, 1.05]: of the label texts without numbering, plus a little when the numbers agree. */
    public static double score(String written, String official) {
        return score(parse(written), parse(official));
    }

    /** {@link #score(String, String)} of labels already taken apart. */
    static double score(Parsed w, Parsed o) {
        double s = w.official >= 0 && o.official >= 0
                ? OfficialLabels.similarity(w.official, o.official)
                : Similarity.of(w.core, o.core);
        int a = w.number;
        if (a >= 0 && a == o.number) s += 0.05;
        return s;
    }

    public static Difference compare(String written, String official) {
        if (written.equals(official) || TraditionalChars.toSimplified(written).equals(official)) return Difference.NONE;
        Parsed w = parse(written);
        Parsed o = parse(official);
        if (w.canonical.equals(o.canonical)) return Difference.SPACING_OR_PUNCTUATION;
        if (w.core.equals(o.core)) return Difference.NUMBERING;
        return Difference.WORDING;
    }
}

package nianbao.core.fix;

import java.math.BigDecimal;

/**
 * A sum of decimals that adds whole numbers of at most 15 digits (counts nearly always are) as a long and the rest in
 * BigDecimal: the same value and scale as adding every term to {@link BigDecimal#ZERO}, without a BigDecimal made for
 * each addition. Sums of table cells are taken for every total of every check.
 */
public final class ExactSum {
    /** 9,000 terms of at most 15 digits ({@link #isSmallWhole}) stay far inside a long. */
    public static final int MAX_TERMS_IN_LONG = 9_000;

    private final boolean inLongs;
    private long whole;
    /** Null while every term so far was added to {@link #whole}. */
    private BigDecimal exact;

    /** @param terms how many terms will be added (more than a long can safely hold go to BigDecimal) */
    ExactSum(int terms) {
        this.inLongs = terms <= MAX_TERMS_IN_LONG;
    }

    void add(BigDecimal term) {
        if (exact == null && inLongs && isSmallWhole(term)) {
            whole += term.longValue();
            return;
        }
        if (exact == null) exact = BigDecimal.valueOf(whole);
        exact = exact.add(term);
    }

    /** A whole number of at most 15 digits: up to {@link #MAX_TERMS_IN_LONG} of them add up in a long exactly. */
    public static boolean isSmallWhole(BigDecimal n) {
        return n.scale() == 0 && n.precision() <= 15;
    }

    BigDecimal value() {
        return exact != null ? exact : BigDecimal.valueOf(whole);
    }
}

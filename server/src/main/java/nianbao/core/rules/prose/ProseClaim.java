package nianbao.core.rules.prose;

/**
 * What a statement in the prose says, in {@link ProseIndex} positions {@code [from, to)}: a kind, the number it
 * states (null for statements without one: "均获维持", "全部办结", "未收取"), and for case counts and results which
 * groups of section 四 it is about.
 *
 * @param percentOf for a percentage, the count statement it is the share of; else null
 */
record ProseClaim(Kind kind, int from, int to, ProseNumber number, int section, int groups, ProseClaim percentOf) {
    static final int REVIEWS = 1;
    static final int LAWSUITS = 2;

    enum Kind {
        RECEIVED, RECEIVED_WITH_CARRIED, CARRIED, DONE, NEXT, ALL_DONE,
        R1, R2, R12, R3, R4, R5, R6, PERCENT,
        CASES, UPHELD_ALL, NOT_CORRECTED,
        REGULATION_MADE, REGULATION_ABOLISHED, REGULATION_IN_FORCE,
        NORMATIVE_MADE, NORMATIVE_ABOLISHED, NORMATIVE_IN_FORCE,
        LICENSE, PENALTY, COERCION, FEE_AMOUNT,
        FEE_NOTICES, NOT_COLLECTED, FEE_COLLECTED,
        OTHER_YEAR
    }
}

package nianbao.core.diag;

/** Groups fixes so that callers can apply one kind at a time (e.g. recompute totals only). */
public enum FixKind {
    /** Recompute or fill a derived cell (总计, （七）总计). Always safe: the value follows from other cells. */
    DERIVED_VALUE,
    /** Replace a label, header or section title with the official wording or numbering. */
    OFFICIAL_WORDING,
    /** Remove Word/PDF residue. */
    RESIDUE,
    /** Change the author's prose (a number to the table's, punctuation, a word typed twice): offered, never applied by fix-all. */
    PROSE_EDIT,
    /** Insert a value cell that copying lost, where the table's sums place it: offered, never applied by fix-all. */
    LOST_CELL;

    /**
     * Whether "fix everything safe" ({@code --fix}, fix-all on save) applies fixes of this kind. The author's own
     * words and a lost cell (which the original document should confirm) are only offered as quick fixes.
     */
    public boolean inFixAll() {
        return this != PROSE_EDIT && this != LOST_CELL;
    }
}

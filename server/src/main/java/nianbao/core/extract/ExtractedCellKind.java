package nianbao.core.extract;

/** What an extracted cell holds. */
public enum ExtractedCellKind {
    NUMBER("number", "数字"),
    EMPTY("empty", "空"),
    /** "/", "—", "无": the author says the cell does not apply (a defect where a count belongs, NB203). */
    NOT_APPLICABLE("not_applicable", "不适用"),
    TEXT("text", "文字"),
    /** The row has no cell for this column. */
    MISSING("missing", "缺失");

    private final String id;
    private final String label;

    ExtractedCellKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** Chinese, for the CSV that reviewers open in Excel or WPS. */
    public String label() {
        return label;
    }
}

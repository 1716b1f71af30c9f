package nianbao.core.format;

/** The three statistical tables of the report, by the section that holds them. */
public enum TableKind {
    /** 二、主动公开政府信息情况 */
    ACTIVE("active", 2),
    /** 三、收到和处理政府信息公开申请情况 */
    REQUESTS("requests", 3),
    /** 四、政府信息公开行政复议、行政诉讼情况 */
    REVIEWS("reviews", 4);

    private final String id;
    private final int section;

    TableKind(String id, int section) {
        this.id = id;
        this.section = section;
    }

    public String id() {
        return id;
    }

    /** Number of the section (1-based) that holds this table. */
    public int section() {
        return section;
    }

    public static TableKind fromId(String id) {
        for (TableKind k : values()) {
            if (k.id.equals(id)) return k;
        }
        throw new IllegalArgumentException(id);
    }

    public static TableKind forSection(int section) {
        for (TableKind k : values()) {
            if (k.section == section) return k;
        }
        return null;
    }
}

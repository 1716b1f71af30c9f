package nianbao.core.format;

import java.util.Optional;

/** The two official versions of the report format: 国办公开办函〔2019〕60号 and 国办公开办函〔2021〕30号. */
public enum FormatVersion {
    V2019("2019"), V2021("2021");

    private final String id;

    FormatVersion(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The version a report on {@code year} must use: 2021 and later years use the 2021 format. */
    public static FormatVersion forReportYear(int year) {
        return year >= 2021 ? V2021 : V2019;
    }

    /** "2019" or "2021"; empty for "auto" or anything else. */
    public static Optional<FormatVersion> parse(String text) {
        if (text == null) return Optional.empty();
        for (FormatVersion v : values()) {
            if (v.id.equals(text.trim())) return Optional.of(v);
        }
        return Optional.empty();
    }
}

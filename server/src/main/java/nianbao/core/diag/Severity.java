package nianbao.core.diag;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; the CLI's exit code and the editor's squiggle colour follow it. */
public enum Severity {
    ERROR, WARNING, INFO, HINT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "error", "warning"/"warn", "info"/"information", "hint"; empty for anything else (e.g. "off"). */
    public static Optional<Severity> parse(String text) {
        if (text == null) return Optional.empty();
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(ERROR);
            case "warning", "warn" -> Optional.of(WARNING);
            case "info", "information" -> Optional.of(INFO);
            case "hint" -> Optional.of(HINT);
            default -> Optional.empty();
        };
    }
}

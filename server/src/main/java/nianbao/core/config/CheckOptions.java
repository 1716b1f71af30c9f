package nianbao.core.config;

import java.util.Map;
import java.util.Optional;

import nianbao.core.diag.Severity;
import nianbao.core.format.FormatVersion;

/**
 * What a check is asked to do: the format version (null = detect) and per-rule severities; a rule mapped to
 * an empty Optional is off.
 */
public record CheckOptions(FormatVersion formatVersion, Map<String, Optional<Severity>> severities) {
    public static final CheckOptions DEFAULT = new CheckOptions(null, Map.of());

    public CheckOptions {
        severities = Map.copyOf(severities);
    }

    /** The severity for a rule: the configured one, the rule's default, or empty when the rule is off. */
    public Optional<Severity> severityFor(String code, Severity defaultSeverity) {
        Optional<Severity> configured = severities.get(code);
        return configured != null ? configured : Optional.of(defaultSeverity);
    }
}

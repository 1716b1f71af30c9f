package nianbao.core.rules;

/** A rule that threw on a document; it was skipped. */
public record RuleFailure(String code, Throwable error) {
}

package nianbao.core.diag;

import java.util.List;

/**
 * One finding, as a plain value: the CLI prints it and the language server converts it.
 *
 * @param code    stable rule code such as {@code NB301}
 * @param message Chinese text naming the row and column
 * @param related other cells the finding depends on (empty if none)
 * @param fixes   fixes offered for this finding (empty if none)
 */
public record Diagnostic(String code, Severity severity, Range range, String message,
                         List<RelatedLocation> related, List<Fix> fixes) {
    public Diagnostic {
        related = List.copyOf(related);
        fixes = List.copyOf(fixes);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(code, newSeverity, range, message, related, fixes);
    }
}

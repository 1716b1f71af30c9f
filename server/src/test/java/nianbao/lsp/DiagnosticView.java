package nianbao.lsp;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Severity;

/**
 * Diagnostics as comparable lines, "NB301 ERROR 35:31-35:33 message", from the core and from the wire, so that
 * tests can say "the server reports exactly what {@link Checker#check} reports".
 */
final class DiagnosticView {
    private DiagnosticView() {
    }

    static List<String> ofChecker(String text, CheckOptions options) {
        return Checker.check(text, options).diagnostics().stream()
                .map(d -> d.code() + " " + d.severity() + " " + d.range().startLine() + ":" + d.range().startColumn() + "-"
                        + d.range().endLine() + ":" + d.range().endColumn() + " " + d.message())
                .toList();
    }

    static List<String> ofChecker(String text) {
        return ofChecker(text, CheckOptions.DEFAULT);
    }

    static List<String> ofLsp(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.getCode().getLeft() + " " + severity(d.getSeverity()) + " " + d.getRange().getStart().getLine() + ":"
                        + d.getRange().getStart().getCharacter() + "-" + d.getRange().getEnd().getLine() + ":"
                        + d.getRange().getEnd().getCharacter() + " " + d.getMessage())
                .toList();
    }

    static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getCode().getLeft()).toList();
    }

    static Diagnostic only(List<Diagnostic> diagnostics, String code) {
        List<Diagnostic> found = diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).toList();
        if (found.size() != 1) throw new AssertionError("expected one " + code + ", got " + ofLsp(diagnostics));
        return found.get(0);
    }

    private static Severity severity(DiagnosticSeverity s) {
        return switch (s) {
            case Error -> Severity.ERROR;
            case Warning -> Severity.WARNING;
            case Information -> Severity.INFO;
            case Hint -> Severity.HINT;
        };
    }
}

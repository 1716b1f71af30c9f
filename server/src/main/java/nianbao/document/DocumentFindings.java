package nianbao.document;

import java.util.List;

import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Range;
import nianbao.core.diag.Severity;

/**
 * Findings about a document as a whole (codes NB601–NB609), which no rule on the text can make: a format that
 * cannot be read, a PDF without text, a fix that cannot be written into the file.
 */
public final class DocumentFindings {
    /** A format nianbao names but cannot read (.doc, .wps, .ofd). */
    public static final String UNSUPPORTED_FORMAT = "NB601";
    /** A PDF without a text layer (a scan). */
    public static final String NO_TEXT_LAYER = "NB602";
    /** A fix that cannot be written into this kind of file (PDF), or into this cell. */
    public static final String FIX_NOT_WRITTEN = "NB603";

    /** Code, default severity and one-line summary of each, for the rule table and SARIF. */
    public record DocumentRule(String code, Severity severity, String summary) {
    }

    public static final List<DocumentRule> RULES = List.of(
            new DocumentRule(UNSUPPORTED_FORMAT, Severity.ERROR, "文件格式不受支持（.doc、.wps、.ofd），未检查"),
            new DocumentRule(NO_TEXT_LAYER, Severity.ERROR, "PDF 没有文字层（扫描件），无法检查"),
            new DocumentRule(FIX_NOT_WRITTEN, Severity.INFO, "修复无法写入此文件（PDF 不能自动修复）"));

    private static final Range START = new Range(0, 0, 0, 0);

    private DocumentFindings() {
    }

    public static Diagnostic of(String code, String message) {
        Severity severity = RULES.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().severity();
        return new Diagnostic(code, severity, START, message, List.of(), List.of());
    }
}

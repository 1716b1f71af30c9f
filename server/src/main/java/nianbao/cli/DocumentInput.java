package nianbao.cli;

import nianbao.core.diag.Diagnostic;
import nianbao.document.ConvertedDocument;
import nianbao.document.DocumentKind;

/**
 * A .docx, .html or .pdf report given to lint: its bytes (a fix rewrites them), its text for the checker with the
 * source places, or, for a file that cannot be checked, the one finding that says so.
 *
 * @param converted   null when the file cannot be checked
 * @param cannotCheck null when it can
 */
record DocumentInput(DocumentKind kind, byte[] bytes, ConvertedDocument converted, Diagnostic cannotCheck) {
}

package nianbao.lsp;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import nianbao.core.CheckResult;

/**
 * One document version, checked: the core's result and the converter for its text. Features read it; nothing
 * changes it. When the check itself failed, {@link #result()} is null and every feature answers "nothing".
 */
final class Analysis {
    private final TextDocument document;
    private final CheckResult result;
    private final Convert convert;
    private volatile List<Diagnostic> diagnostics;
    private volatile CellIndex cells;

    Analysis(TextDocument document, CheckResult result, Convert convert) {
        this.document = document;
        this.result = result;
        this.convert = convert;
    }

    TextDocument document() {
        return document;
    }

    CheckResult result() {
        return result;
    }

    boolean succeeded() {
        return result != null;
    }

    Convert convert() {
        return convert;
    }

    /** The core's diagnostics as LSP diagnostics, converted once. */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> d = diagnostics;
        if (d == null) {
            d = result == null ? List.of() : convert.diagnostics(result.diagnostics(), document.uri(), document.version());
            diagnostics = d;
        }
        return d;
    }

    CellIndex cells() {
        CellIndex c = cells;
        if (c == null) {
            c = new CellIndex(result.report());
            cells = c;
        }
        return c;
    }
}

package nianbao.lsp;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import nianbao.core.CheckResult;

/**
 * One document version, checked: the core's result and the converter for its text. Features read it; nothing
 * changes it. When the check failed, or was skipped because a newer version had arrived ({@link #isStale()}),
 * {@link #result()} is null and every feature answers "nothing".
 */
final class Analysis {
    private final TextDocument document;
    private final CheckResult result;
    private final Convert convert;
    private final boolean stale;
    private volatile List<Diagnostic> diagnostics;
    private volatile CellIndex cells;

    Analysis(TextDocument document, CheckResult result, Convert convert) {
        this(document, result, convert, false);
    }

    private Analysis(TextDocument document, CheckResult result, Convert convert, boolean stale) {
        this.document = document;
        this.result = result;
        this.convert = convert;
        this.stale = stale;
    }

    /** No check: the document changed before its turn came, and nobody needs an old version's result. */
    static Analysis stale(TextDocument document, Convert convert) {
        return new Analysis(document, null, convert, true);
    }

    boolean isStale() {
        return stale;
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

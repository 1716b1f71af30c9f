package nianbao.lsp;

import java.util.ArrayList;
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
    /** Diagnostics shown at most (setting maxDiagnostics; 0: all). */
    private final int maxDiagnostics;
    private volatile List<Diagnostic> diagnostics;
    private volatile CellIndex cells;

    Analysis(TextDocument document, CheckResult result, Convert convert) {
        this(document, result, convert, 0);
    }

    Analysis(TextDocument document, CheckResult result, Convert convert, int maxDiagnostics) {
        this(document, result, convert, false, maxDiagnostics);
    }

    private Analysis(TextDocument document, CheckResult result, Convert convert, boolean stale, int maxDiagnostics) {
        this.document = document;
        this.result = result;
        this.convert = convert;
        this.stale = stale;
        this.maxDiagnostics = maxDiagnostics;
    }

    /** No check: the document changed before its turn came, and nobody needs an old version's result. */
    static Analysis stale(TextDocument document, Convert convert) {
        return new Analysis(document, null, convert, true, 0);
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

    /**
     * The core's diagnostics as LSP diagnostics, converted once: at most {@code maxDiagnostics} of them, then one
     * notice of how many more there are ({@link DiagnosticCap}).
     */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> d = diagnostics;
        if (d == null) {
            d = result == null ? List.of() : shown();
            diagnostics = d;
        }
        return d;
    }

    private List<Diagnostic> shown() {
        DiagnosticCap.Shown shown = DiagnosticCap.of(result.diagnostics(), maxDiagnostics);
        List<Diagnostic> out = convert.diagnostics(shown.kept(), document.uri(), document.version());
        if (shown.omitted() == 0) return out;
        List<Diagnostic> withNotice = new ArrayList<>(out.size() + 1);
        withNotice.addAll(out);
        withNotice.add(convert.notice(shown.firstOmitted().range(), DiagnosticCap.notice(shown.omitted(), maxDiagnostics)));
        return withNotice;
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

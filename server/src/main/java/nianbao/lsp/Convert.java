package nianbao.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import nianbao.core.diag.Fix;
import nianbao.core.diag.RelatedLocation;
import nianbao.core.diag.Severity;
import nianbao.core.rules.Rules;
import nianbao.core.text.SourceText;

/**
 * The one place where core values become LSP4J values and back: positions and ranges (with the negotiated column
 * encoding), diagnostics, edits, and incoming text changes. Everything else in the server works with core values
 * and offsets, or with LSP4J values this class made, so no other class does position arithmetic.
 *
 * <p>One instance converts against one text; it is cheap to make.
 */
final class Convert {
    /** {@code Diagnostic.source} of everything this server reports. */
    static final String SOURCE = "nianbao";

    private final SourceText source;
    private final PositionEncoding encoding;
    /** The text of another document by URI (cross-year related locations point into last year's report); may answer null. */
    private final java.util.function.Function<String, SourceText> others;

    Convert(SourceText source, PositionEncoding encoding) {
        this(source, encoding, uri -> null);
    }

    Convert(SourceText source, PositionEncoding encoding, java.util.function.Function<String, SourceText> others) {
        this.source = source;
        this.encoding = encoding;
        this.others = others;
    }

    SourceText source() {
        return source;
    }

    // ---- positions: core (offsets, UTF-16 columns) → LSP ----

    Position position(int offset) {
        int line = source.lineOf(offset);
        return position(line, offset - source.lineStart(line));
    }

    Position position(int line, int utf16Column) {
        if (encoding == PositionEncoding.UTF16) return new Position(line, utf16Column);
        return new Position(line, encodedColumn(source.line(line), utf16Column));
    }

    Range range(nianbao.core.diag.Range range) {
        return new Range(position(range.startLine(), range.startColumn()), position(range.endLine(), range.endColumn()));
    }

    Range range(int startOffset, int endOffset) {
        return new Range(position(startOffset), position(endOffset));
    }

    /** Whole lines {@code first..last} (inclusive), ending where the last line's text ends. */
    Range lines(int first, int last) {
        return new Range(new Position(first, 0), position(last, source.line(last).length()));
    }

    // ---- positions: LSP → core ----

    /** The text offset of a client position; lines and columns past the end are clamped, as LSP asks. */
    int offset(Position position) {
        int line = position.getLine();
        if (line < 0) return 0;
        if (line >= source.lineCount()) return source.text().length();
        String text = source.line(line);
        return source.lineStart(line) + utf16Column(text, Math.max(0, position.getCharacter()));
    }

    /** The line of a client position, clamped to the text. */
    int line(Position position) {
        return Math.max(0, Math.min(position.getLine(), source.lineCount() - 1));
    }

    // ---- diagnostics ----

    Diagnostic diagnostic(nianbao.core.diag.Diagnostic d, String uri, int version) {
        Diagnostic out = new Diagnostic(range(d.range()), d.message(), severity(d.severity()), SOURCE, d.code());
        out.setCodeDescription(new DiagnosticCodeDescription(Rules.documentationUrl(d.code())));
        if (!d.related().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (RelatedLocation r : d.related()) {
                related.add(related(r, uri));
            }
            out.setRelatedInformation(related);
        }
        if (!d.fixes().isEmpty()) out.setData(fixData(d.fixes(), version).toJson());
        return out;
    }

    /** A diagnostic of the server itself (no rule code): an info at {@code range}, e.g. how many findings are not shown. */
    Diagnostic notice(nianbao.core.diag.Range range, String message) {
        return new Diagnostic(range(range), message, DiagnosticSeverity.Information, SOURCE);
    }

    /** A related place: in this document, or (cross-year findings) in another, whose URI the core carries. */
    private DiagnosticRelatedInformation related(RelatedLocation r, String uri) {
        if (!r.inOtherDocument()) return new DiagnosticRelatedInformation(new Location(uri, range(r.range())), r.message());
        SourceText other = encoding == PositionEncoding.UTF16 ? null : others.apply(r.document());
        if (other != null) {
            return new DiagnosticRelatedInformation(new Location(r.document(), new Convert(other, encoding).range(r.range())), r.message());
        }
        // UTF-16 columns as the core counts them: the client's encoding, or the other text is not at hand.
        nianbao.core.diag.Range c = r.range();
        return new DiagnosticRelatedInformation(new Location(r.document(), new Range(new Position(c.startLine(), c.startColumn()),
                new Position(c.endLine(), c.endColumn()))), r.message());
    }

    List<Diagnostic> diagnostics(List<nianbao.core.diag.Diagnostic> diagnostics, String uri, int version) {
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (nianbao.core.diag.Diagnostic d : diagnostics) out.add(diagnostic(d, uri, version));
        return out;
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }

    FixData fixData(List<Fix> fixes, int version) {
        List<FixData.Entry> entries = new ArrayList<>();
        for (Fix f : fixes) entries.add(new FixData.Entry(f.title(), f.kind(), textEdits(f.edits())));
        return new FixData(version, entries);
    }

    // ---- edits ----

    TextEdit textEdit(nianbao.core.diag.TextEdit edit) {
        return new TextEdit(range(edit.range()), edit.newText());
    }

    List<TextEdit> textEdits(List<nianbao.core.diag.TextEdit> edits) {
        List<TextEdit> out = new ArrayList<>(edits.size());
        for (nianbao.core.diag.TextEdit e : edits) out.add(textEdit(e));
        return out;
    }

    /**
     * Edits to one document. With {@code versioned} (the client supports {@code documentChanges}) the edit names
     * the document version it was computed on, and the client refuses it if the text has changed since.
     */
    static WorkspaceEdit workspaceEdit(String uri, int version, List<TextEdit> edits, boolean versioned) {
        if (versioned) {
            TextDocumentEdit change = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version), edits);
            return new WorkspaceEdit(List.of(Either.forLeft(change)));
        }
        return new WorkspaceEdit(Map.of(uri, edits));
    }

    // ---- text sync ----

    /** The text after the client's changes, applied in order; a change without a range replaces everything. */
    static String applyChanges(String text, List<TextDocumentContentChangeEvent> changes, PositionEncoding encoding) {
        return applyChanges(new SourceText(text), changes, encoding);
    }

    /**
     * Like {@link #applyChanges(String, List, PositionEncoding)} on a text already indexed: the first change (most
     * often the only one) needs no new line index, which for a 20 MB document is a scan of it on the message thread.
     */
    static String applyChanges(SourceText text, List<TextDocumentContentChangeEvent> changes, PositionEncoding encoding) {
        String current = text.text();
        SourceText indexed = text;
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                current = change.getText();
                indexed = null;
                continue;
            }
            Convert convert = new Convert(indexed != null ? indexed : new SourceText(current), encoding);
            int start = convert.offset(change.getRange().getStart());
            int end = Math.max(start, convert.offset(change.getRange().getEnd()));
            // One buffer of the new length: substrings and their concatenation copied a 1 MB document four times.
            String inserted = change.getText();
            current = new StringBuilder(current.length() - (end - start) + inserted.length())
                    .append(current, 0, start).append(inserted).append(current, end, current.length()).toString();
            indexed = null;
        }
        return current;
    }

    // ---- column arithmetic ----

    private int encodedColumn(String line, int utf16Column) {
        int within = Math.min(Math.max(0, utf16Column), line.length());
        int beyond = Math.max(0, utf16Column - within);
        return switch (encoding) {
            case UTF16 -> utf16Column;
            case UTF32 -> line.codePointCount(0, within) + beyond;
            case UTF8 -> utf8Length(line, within) + beyond;
        };
    }

    private int utf16Column(String line, int encodedColumn) {
        if (encoding == PositionEncoding.UTF16) return Math.min(encodedColumn, line.length());
        int i = 0;
        int units = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int width = encoding == PositionEncoding.UTF8 ? utf8Width(codePoint) : 1;
            if (units + width > encodedColumn) break;
            units += width;
            i += Character.charCount(codePoint);
        }
        return i;
    }

    private static int utf8Length(String line, int utf16End) {
        int bytes = 0;
        int i = 0;
        while (i < utf16End) {
            int codePoint = line.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            // A column inside a surrogate pair counts the pair's first half only: it cannot be split in UTF-8.
            if (next > utf16End) break;
            bytes += utf8Width(codePoint);
            i = next;
        }
        return bytes;
    }

    private static int utf8Width(int codePoint) {
        if (codePoint < 0x80) return 1;
        if (codePoint < 0x800) return 2;
        if (codePoint < 0x10000) return 3;
        return 4;
    }
}

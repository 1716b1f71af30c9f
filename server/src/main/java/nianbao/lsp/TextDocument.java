package nianbao.lsp;

import nianbao.core.ReportDetector;
import nianbao.core.text.SourceText;

/**
 * One version of an open document. Immutable: a change makes a new one, so work started on a version (a check, a
 * request) keeps a consistent text while the client goes on typing.
 */
final class TextDocument {
    /** Language id the VS Code extension gives reports. */
    static final String LANGUAGE_ID = "nianbao";
    /** Plain-text documents are checked only when they look like a report. */
    static final String PLAINTEXT = "plaintext";

    private final String uri;
    private final String languageId;
    private final int version;
    private final String text;
    private volatile SourceText source;
    private volatile Boolean report;

    TextDocument(String uri, String languageId, int version, String text) {
        this.uri = uri;
        this.languageId = languageId;
        this.version = version;
        this.text = text;
    }

    String uri() {
        return uri;
    }

    String languageId() {
        return languageId;
    }

    int version() {
        return version;
    }

    String text() {
        return text;
    }

    /** The line index of this version, made on first use. */
    SourceText source() {
        SourceText s = source;
        if (s == null) {
            s = new SourceText(text);
            source = s;
        }
        return s;
    }

    /** Whether the server works on this document at all: a nianbao document, or plain text that reads as a report. */
    boolean isReport() {
        Boolean r = report;
        if (r == null) {
            r = LANGUAGE_ID.equals(languageId) || (PLAINTEXT.equals(languageId) && ReportDetector.looksLikeReport(text));
            report = r;
        }
        return r;
    }

    TextDocument withText(int newVersion, String newText) {
        return new TextDocument(uri, languageId, newVersion, newText);
    }
}

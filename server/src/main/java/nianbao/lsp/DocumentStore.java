package nianbao.lsp;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents, latest version of each. Changes are applied on the LSP message thread, in the order the
 * client sent them; other threads read snapshots.
 */
final class DocumentStore {
    private final Map<String, TextDocument> open = new ConcurrentHashMap<>();

    TextDocument open(String uri, String languageId, int version, String text) {
        TextDocument doc = new TextDocument(uri, languageId, version, text);
        open.put(uri, doc);
        return doc;
    }

    /** Applies the client's changes; null when the document is not open. */
    TextDocument change(String uri, int version, List<TextDocumentContentChangeEvent> changes, PositionEncoding encoding) {
        TextDocument current = open.get(uri);
        if (current == null) return null;
        TextDocument next = current.withText(version, Convert.applyChanges(current.source(), changes, encoding));
        open.put(uri, next);
        return next;
    }

    void close(String uri) {
        open.remove(uri);
    }

    TextDocument get(String uri) {
        return open.get(uri);
    }

    /** Whether {@code doc} is still the latest version of its document. */
    boolean isCurrent(TextDocument doc) {
        return open.get(doc.uri()) == doc;
    }

    Collection<TextDocument> all() {
        return List.copyOf(open.values());
    }
}

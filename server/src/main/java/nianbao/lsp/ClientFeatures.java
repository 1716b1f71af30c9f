package nianbao.lsp;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/**
 * What the client said it can do, read once from {@code initialize}, as plain flags. Features ask these instead of
 * walking the nullable capability tree.
 */
record ClientFeatures(
        PositionEncoding positionEncoding,
        boolean snippets,
        boolean markdownHover,
        boolean hierarchicalSymbols,
        boolean pullDiagnostics,
        boolean diagnosticRefresh,
        boolean configuration,
        boolean configurationChangeRegistration,
        boolean watchedFilesRegistration,
        boolean documentChanges) {

    static ClientFeatures of(ClientCapabilities caps) {
        Optional<ClientCapabilities> c = Optional.ofNullable(caps);
        Optional<TextDocumentClientCapabilities> text = c.map(ClientCapabilities::getTextDocument);
        Optional<WorkspaceClientCapabilities> ws = c.map(ClientCapabilities::getWorkspace);
        List<String> encodings = c.map(ClientCapabilities::getGeneral)
                .map(GeneralClientCapabilities::getPositionEncodings).orElse(null);
        return new ClientFeatures(
                PositionEncoding.negotiate(encodings),
                flag(text.map(t -> t.getCompletion()).map(x -> x.getCompletionItem()), x -> x.getSnippetSupport()),
                text.map(t -> t.getHover()).map(h -> h.getContentFormat())
                        .map(formats -> formats.contains(MarkupKind.MARKDOWN)).orElse(false),
                flag(text.map(t -> t.getDocumentSymbol()), x -> x.getHierarchicalDocumentSymbolSupport()),
                text.map(t -> t.getDiagnostic()).isPresent(),
                flag(ws.map(w -> w.getDiagnostics()), x -> x.getRefreshSupport()),
                flag(ws, w -> w.getConfiguration()),
                flag(ws.map(w -> w.getDidChangeConfiguration()), x -> x.getDynamicRegistration()),
                flag(ws.map(w -> w.getDidChangeWatchedFiles()), x -> x.getDynamicRegistration()),
                flag(ws.map(w -> w.getWorkspaceEdit()), x -> x.getDocumentChanges()));
    }

    private static <T> boolean flag(Optional<T> holder, Function<T, Boolean> get) {
        return holder.map(get).orElse(false);
    }
}

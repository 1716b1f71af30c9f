package nianbao.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * textDocument/*: keeps the document store in step with the client (on the message thread, in order) and hands
 * requests to the feature classes through {@link NianbaoLanguageServer#onReport}.
 */
final class ReportTextDocumentService implements TextDocumentService {
    private final NianbaoLanguageServer server;
    private static final ColumnColorTokens COLUMN_COLORS = new ColumnColorTokens();

    ReportTextDocumentService(NianbaoLanguageServer server) {
        this.server = server;
    }

    // ---- sync ----

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        TextDocumentItem item = params.getTextDocument();
        TextDocument doc = server.documents().open(item.getUri(), item.getLanguageId(), item.getVersion(), item.getText());
        documentChanged(doc);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        Session s = server.session();
        if (s == null) return;
        String uri = params.getTextDocument().getUri();
        try {
            TextDocument doc = server.documents().change(uri, params.getTextDocument().getVersion(),
                    params.getContentChanges(), s.analyzer.encoding());
            if (doc == null) {
                server.log().info("nianbao：收到未打开文档的修改，已忽略：" + uri);
                return;
            }
            documentChanged(doc);
        } catch (RuntimeException e) {
            server.log().error("nianbao：应用 " + uri + " 的修改时出错", e);
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        server.documents().close(uri);
        Session s = server.session();
        if (s == null) return;
        s.analyzer.forget(uri);
        if (s.publisher != null) s.publisher.closed(uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // Diagnostics follow the text, not the file: nothing to do on save.
    }

    private void documentChanged(TextDocument doc) {
        Session s = server.session();
        // Last year's report open beside this year's: a change in one changes the other's cross-year findings.
        if (s != null && doc.isReport() && s.reports.documentChanged(doc)) server.recheckAll();
        if (s == null || s.publisher == null) return;
        try {
            s.publisher.changed(doc);
        } catch (RuntimeException e) {
            server.log().error("nianbao：安排检查 " + doc.uri() + " 时出错", e);
        }
    }

    // ---- requests ----

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        Session s = server.session();
        return server.onReport(params.getTextDocument().getUri(), "completion",
                a -> Either.forLeft(s.completions.complete(a, params.getPosition())), Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        Session s = server.session();
        return server.onReport(params.getTextDocument().getUri(), "hover",
                a -> s.hovers.hover(a, params.getPosition()), null);
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        Session s = server.session();
        return server.onReport(params.getTextDocument().getUri(), "codeAction",
                a -> s.codeActions.actions(a, params), List.of());
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        Session s = server.session();
        return server.onReport(params.getTextDocument().getUri(), "inlayHint",
                a -> s.inlayHints.hints(a, params.getRange()), List.of());
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        Session s = server.session();
        return server.onReport(params.getTextDocument().getUri(), "documentSymbol",
                a -> s.symbols.symbols(a, s.features.hierarchicalSymbols()), List.of());
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        Session s = server.session();
        return server.onReport(params.getTextDocument().getUri(), "foldingRange", s.folding::ranges, List.of());
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.SemanticTokens> semanticTokensFull(org.eclipse.lsp4j.SemanticTokensParams params) {
        return server.onReport(params.getTextDocument().getUri(), "semanticTokens", COLUMN_COLORS::tokens,
                new org.eclipse.lsp4j.SemanticTokens(List.of()));
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        Session s = server.session();
        if (s == null) return CompletableFuture.failedFuture(new IllegalStateException("not initialized"));
        return s.pull.pull(params);
    }
}

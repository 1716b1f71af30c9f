package nianbao.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * One server and one real LSP4J client, connected by in-memory pipes: every message goes through JSON-RPC
 * serialization exactly as over stdio. Debounce is 0 unless a test says otherwise, and every wait has a timeout.
 */
final class LspSession implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    final NianbaoLanguageServer server;
    /** The client's JSON-RPC endpoint, for messages the typed proxy cannot send (a cancellation of any id). */
    final org.eclipse.lsp4j.jsonrpc.RemoteEndpoint endpoint;
    final ServerConnection connection;
    final TestClient client = new TestClient();
    final LanguageServer remote;
    private final Pipe toServer = new Pipe();
    private final Pipe toClient = new Pipe();
    private final Future<Void> clientListening;
    private final Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> versions = new java.util.concurrent.ConcurrentHashMap<>();

    LspSession() {
        this(DocumentChecker.CORE);
    }

    LspSession(DocumentChecker checker) {
        server = new NianbaoLanguageServer(checker);
        connection = ServerConnection.start(server, toServer.in, toClient.out);
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, toClient.in, toServer.out);
        remote = launcher.getRemoteProxy();
        endpoint = launcher.getRemoteEndpoint();
        clientListening = launcher.startListening();
    }

    /** Capabilities of a client like VS Code: snippets, markdown, hierarchical symbols, versioned edits, UTF-16. */
    static ClientCapabilities editorCapabilities() {
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        text.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
        text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        PublishDiagnosticsCapabilities publish = new PublishDiagnosticsCapabilities(true);
        publish.setDataSupport(true);
        publish.setVersionSupport(true);
        text.setPublishDiagnostics(publish);
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setApplyEdit(true);
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        workspace.setWorkspaceEdit(edits);
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(List.of("utf-16"));
        ClientCapabilities caps = new ClientCapabilities();
        caps.setTextDocument(text);
        caps.setWorkspace(workspace);
        caps.setGeneral(general);
        return caps;
    }

    InitializeResult initialize() {
        return initialize(params -> { });
    }

    /** initialize (debounce 0 in initializationOptions), then initialized; {@code customize} edits the params. */
    InitializeResult initialize(Consumer<InitializeParams> customize) {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setCapabilities(editorCapabilities());
        params.setInitializationOptions(JsonParser.parseString("{\"debounce\": 0}"));
        customize.accept(params);
        InitializeResult result = await(remote.initialize(params));
        remote.initialized(new InitializedParams());
        return result;
    }

    void open(String uri, String languageId, String text) {
        texts.put(uri, text);
        versions.put(uri, 1);
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
    }

    /** Sends the edits as incremental changes (last first, so each range is still valid) under the next version. */
    int change(String uri, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort((a, b) -> TestText.compare(b.getRange().getStart(), a.getRange().getStart()));
        List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
        for (TextEdit e : ordered) changes.add(new TextDocumentContentChangeEvent(e.getRange(), e.getNewText()));
        int version = versions.merge(uri, 1, Integer::sum);
        remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), changes));
        // After sending, so that a benchmark timing the change does not time the client's own copy.
        texts.put(uri, TestText.apply(texts.get(uri), edits));
        return version;
    }

    /** The text the client holds for a document (what the server's text must equal). */
    String text(String uri) {
        return texts.get(uri);
    }

    int version(String uri) {
        return versions.get(uri);
    }

    PublishDiagnosticsParams diagnostics(String uri, int version) {
        return await(client.diagnostics.first(p -> p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == version));
    }

    static TextDocumentIdentifier id(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    static Position at(int line, int character) {
        return new Position(line, character);
    }

    /** The edits a code action or workspace/applyEdit makes to one document, whichever form the edit takes. */
    static List<TextEdit> editsOf(WorkspaceEdit edit, String uri) {
        List<TextEdit> out = new ArrayList<>();
        if (edit.getDocumentChanges() != null) {
            for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
                if (change.isLeft() && change.getLeft().getTextDocument().getUri().equals(uri)) out.addAll(change.getLeft().getEdits());
            }
        }
        if (edit.getChanges() != null && edit.getChanges().get(uri) != null) out.addAll(edit.getChanges().get(uri));
        return out;
    }

    static List<TextEdit> editsOf(CodeAction action, String uri) {
        return editsOf(action.getEdit(), uri);
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionError("request failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + TIMEOUT.toSeconds() + " s");
        }
    }

    static String resource(String name) {
        try (InputStream in = LspSession.class.getResourceAsStream("/nianbao/lsp/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    /** An untyped JSON answer (LSP4J gives maps for {@code Object} results) as a JSON object. */
    static JsonObject jsonOf(Object answer) {
        return new com.google.gson.Gson().toJsonTree(answer).getAsJsonObject();
    }

    /** shutdown + exit, then the exit code the server chose. */
    int shutdownAndExit() {
        await(remote.shutdown());
        remote.exit();
        return await(connection.exitCode());
    }

    /** The client goes away without shutdown or exit: its end of the connection closes. */
    void disconnect() {
        toServer.end();
    }

    @Override
    public void close() {
        if (!connection.exitCode().isDone()) {
            try {
                remote.shutdown().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // The server is gone already; nothing to shut down.
            }
            remote.exit();
            try {
                connection.exitCode().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Closing the streams below ends it regardless.
            }
        }
        toServer.end();
        toClient.end();
        clientListening.cancel(true);
        connection.stop();
    }
}

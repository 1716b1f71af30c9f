package nianbao.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.google.gson.JsonObject;

import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server: lifecycle (initialize, shutdown, exit), the open documents, and the threads work runs on.
 * Checks and request work run on a small pool of worker threads, never on the LSP message thread, so typing is
 * never blocked; debounce timers run on a timer thread. The features themselves are in small classes the services call.
 */
public final class NianbaoLanguageServer implements LanguageServer, LanguageClientAware {
    /** How long diagnostics wait for the client's settings before using the ones known. */
    private static final long SETTINGS_WAIT_SECONDS = 3;

    private final DocumentChecker checker;
    private final ClientLog log = new ClientLog();
    private final DocumentStore documents = new DocumentStore();
    /** Documents are checked side by side, so that a huge one never holds up the one being typed in. */
    private static final int CHECK_THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private final ExecutorService worker = Executors.newFixedThreadPool(CHECK_THREADS, daemon("nianbao-check"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("nianbao-debounce"));
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final ReportTextDocumentService textDocumentService = new ReportTextDocumentService(this);
    private final ReportWorkspaceService workspaceService = new ReportWorkspaceService(this);
    private volatile LanguageClient client;
    private volatile Session session;
    private volatile boolean shutdownRequested;

    public NianbaoLanguageServer() {
        this(DocumentChecker.CORE);
    }

    NianbaoLanguageServer(DocumentChecker checker) {
        this.checker = checker;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
        log.connect(client);
    }

    // ---- lifecycle ----

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ClientFeatures features = ClientFeatures.of(params.getCapabilities());
        Settings settings = new Settings(log::showWarning);
        settings.setInitializationOptions(params.getInitializationOptions());
        CompletableFuture<Void> settingsReady = new CompletableFuture<>();
        if (features.configuration()) {
            // A client that never answers (or never sends initialized) must not hold diagnostics back for ever.
            timer.schedule(() -> settingsReady.complete(null), SETTINGS_WAIT_SECONDS, TimeUnit.SECONDS);
        } else {
            settingsReady.complete(null);
        }
        WorkspaceReports reports = new WorkspaceReports(documents, settings::invalidate, uri -> settings.forDocument(uri).options(),
                settings::previousFor);
        Analyzer analyzer = new Analyzer(checker, settings, features.positionEncoding(), worker, log, settingsReady,
                documents::isCurrent, reports);
        DiagnosticPublisher publisher = features.pullDiagnostics()
                ? null : new DiagnosticPublisher(documents, analyzer, settings, timer, client, log);
        Commands commands = new Commands(documents, analyzer, client, log, features.documentChanges());
        PullDiagnostics pull = new PullDiagnostics(documents, analyzer, settings, worker);
        Session s = new Session(features, settings, analyzer, publisher, pull, settingsReady, commands, reports);
        s.setWorkspaceFolders(folderUris(params));
        session = s;
        ServerInfo info = new ServerInfo("nianbao", version());
        return CompletableFuture.completedFuture(new InitializeResult(Capabilities.of(features), info));
    }

    @Override
    public void initialized(InitializedParams params) {
        Session s = session;
        if (s == null) return;
        if (s.features.configuration()) {
            fetchClientSettings(s).whenComplete((ok, error) -> {
                // Settings that come after the wait gave up: the documents checked meanwhile are checked again.
                if (!s.settingsReady.complete(null)) recheckAll();
            });
        }
        List<Registration> registrations = new ArrayList<>();
        if (s.features.configurationChangeRegistration()) {
            JsonObject options = new JsonObject();
            options.addProperty("section", Settings.SECTION);
            registrations.add(new Registration("nianbao-configuration", "workspace/didChangeConfiguration", options));
        }
        if (s.features.watchedFilesRegistration()) {
            registrations.add(new Registration("nianbao-config-files", "workspace/didChangeWatchedFiles",
                    new DidChangeWatchedFilesRegistrationOptions(List.of(
                            new FileSystemWatcher(Either.forLeft("**/" + Settings.FILE_NAME)),
                            new FileSystemWatcher(Either.forLeft("**/*.{txt,nianbao}"))))));
        }
        if (!registrations.isEmpty()) {
            client.registerCapability(new RegistrationParams(registrations)).exceptionally(e -> {
                log.error("nianbao：注册配置变更通知失败", e);
                return null;
            });
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        finish();
    }

    /** The connection ended without an exit notification (the client died): exit as the protocol asks. */
    void connectionClosed() {
        finish();
    }

    private void finish() {
        // LSP: exit code 0 if shutdown came first, 1 otherwise.
        exitCode.complete(shutdownRequested ? 0 : 1);
        worker.shutdownNow();
        timer.shutdownNow();
    }

    /** Completes with the process exit code once the client has sent exit or gone away. */
    CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocumentService;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    // ---- what the services share ----

    Session session() {
        return session;
    }

    DocumentStore documents() {
        return documents;
    }

    ClientLog log() {
        return log;
    }

    LanguageClient client() {
        return client;
    }

    /**
     * Runs a feature on the analysis of the current version of an open report, on the worker. Documents that are
     * not reports, documents not open, a failed check and any error in the feature all answer {@code nothing}:
     * a request never fails because of a document.
     */
    <T> CompletableFuture<T> onReport(String uri, String request, Function<Analysis, T> feature, T nothing) {
        Session s = session;
        TextDocument doc = documents.get(uri);
        if (s == null || doc == null || !doc.isReport()) return CompletableFuture.completedFuture(nothing);
        return s.analyzer.analysisOf(doc)
                .thenApplyAsync(a -> a.succeeded() ? feature.apply(a) : nothing, worker)
                .exceptionally(e -> {
                    log.error("nianbao：处理 " + request + " 请求时出错（" + uri + "）", e);
                    return nothing;
                });
    }

    /** Settings changed: every open document is checked again (or the client is asked to pull again). */
    void recheckAll() {
        Session s = session;
        if (s == null) return;
        if (s.publisher != null) {
            s.publisher.recheck(documents.all());
        } else if (s.features.diagnosticRefresh()) {
            client.refreshDiagnostics();
        }
    }

    /** Asks the client for the {@code nianbao} settings section. */
    CompletableFuture<Void> fetchClientSettings(Session s) {
        ConfigurationItem item = new ConfigurationItem();
        item.setSection(Settings.SECTION);
        return client.configuration(new ConfigurationParams(List.of(item)))
                .thenAccept(values -> s.settings.setClientSettings(values == null || values.isEmpty() ? null : values.get(0)))
                .exceptionally(e -> {
                    log.error("nianbao：读取编辑器设置失败", e);
                    return null;
                });
    }

    private static List<String> folderUris(InitializeParams params) {
        List<String> uris = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) uris.add(f.getUri());
        } else if (params.getRootUri() != null) {
            uris.add(params.getRootUri());
        } else if (params.getRootPath() != null) {
            uris.add(Path.of(params.getRootPath()).toUri().toString());
        }
        return uris;
    }

    private static String version() {
        String v = NianbaoLanguageServer.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}

package nianbao.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Everything that depends on what the client negotiated in {@code initialize}: its features, the settings, the
 * analyzer, and the feature providers. Made once per connection.
 */
final class Session {
    final ClientFeatures features;
    final Settings settings;
    final Analyzer analyzer;
    /** Null when the client pulls diagnostics: then nothing is pushed. */
    final DiagnosticPublisher publisher;
    /** Answers textDocument/diagnostic (advertised only to clients that pull). */
    final PullDiagnostics pull;
    final CompletableFuture<Void> settingsReady;
    final Completions completions;
    final Hovers hovers;
    final InlayHints inlayHints = new InlayHints();
    final DocumentSymbols symbols = new DocumentSymbols();
    final FoldingRanges folding = new FoldingRanges();
    final CodeActions codeActions;
    final Commands commands;
    /** The workspace's report files and open reports, for the cross-year checks. */
    final WorkspaceReports reports;
    private final List<String> workspaceFolders = new ArrayList<>();

    Session(ClientFeatures features, Settings settings, Analyzer analyzer, DiagnosticPublisher publisher,
            PullDiagnostics pull, CompletableFuture<Void> settingsReady, Commands commands, WorkspaceReports reports) {
        this.reports = reports;
        this.features = features;
        this.settings = settings;
        this.analyzer = analyzer;
        this.publisher = publisher;
        this.pull = pull;
        this.settingsReady = settingsReady;
        this.completions = new Completions(features.snippets());
        this.hovers = new Hovers(features.markdownHover());
        this.codeActions = new CodeActions(features.documentChanges());
        this.commands = commands;
    }

    synchronized List<String> workspaceFolders() {
        return List.copyOf(workspaceFolders);
    }

    synchronized void setWorkspaceFolders(List<String> uris) {
        workspaceFolders.clear();
        workspaceFolders.addAll(uris);
        settings.setWorkspaceFolders(List.copyOf(workspaceFolders));
        reports.setFolders(List.copyOf(workspaceFolders));
    }
}

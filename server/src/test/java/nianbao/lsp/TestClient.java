package nianbao.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * A real LSP4J client endpoint that records what the server sends and answers its requests: workspace edits are
 * accepted, settings come from {@link #settings}.
 */
final class TestClient implements LanguageClient {
    final Recorder<PublishDiagnosticsParams> diagnostics = new Recorder<>();
    final Recorder<MessageParams> logs = new Recorder<>();
    final Recorder<MessageParams> shown = new Recorder<>();
    final Recorder<ApplyWorkspaceEditParams> appliedEdits = new Recorder<>();
    final Recorder<RegistrationParams> registrations = new Recorder<>();
    final AtomicInteger configurationRequests = new AtomicInteger();
    final AtomicInteger diagnosticRefreshes = new AtomicInteger();
    /** What workspace/configuration answers for the nianbao section (JSON, or null). */
    volatile Object settings;

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.record(params);
    }

    @Override
    public void logMessage(MessageParams message) {
        logs.record(message);
    }

    @Override
    public void showMessage(MessageParams message) {
        shown.record(message);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        appliedEdits.record(params);
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        configurationRequests.incrementAndGet();
        Object value = settings;
        return CompletableFuture.completedFuture(params.getItems().stream().map(item -> value).toList());
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.record(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        diagnosticRefreshes.incrementAndGet();
        return CompletableFuture.completedFuture(null);
    }
}

package nianbao.lsp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.services.LanguageClient;

import com.google.gson.reflect.TypeToken;

/**
 * The client as the server calls it: each method sends its message through the connection's
 * {@link RemoteEndpoint}, where LSP4J would build a reflective proxy of {@link LanguageClient} (scanning its
 * annotations at start-up). Methods the server never calls keep the interface's default (unsupported).
 * {@code ServerMethodTest} holds the names and result types to LSP4J's reflection.
 */
final class RemoteClient implements LanguageClient {
    /** The client requests the server makes, by name, with the result type their answers are parsed to. */
    static final Map<String, JsonRpcMethod> REQUESTS = byName(
            JsonRpcMethod.request("workspace/applyEdit", ApplyWorkspaceEditResponse.class, ApplyWorkspaceEditParams.class),
            JsonRpcMethod.request("client/registerCapability", Void.class, RegistrationParams.class),
            JsonRpcMethod.request("client/unregisterCapability", Void.class, UnregistrationParams.class),
            JsonRpcMethod.request("window/showMessageRequest", MessageActionItem.class, ShowMessageRequestParams.class),
            JsonRpcMethod.request("workspace/configuration",
                    TypeToken.getParameterized(List.class, Object.class).getType(), ConfigurationParams.class),
            JsonRpcMethod.request("workspace/diagnostic/refresh", Void.class));

    private final RemoteEndpoint endpoint;

    RemoteClient(RemoteEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    private static Map<String, JsonRpcMethod> byName(JsonRpcMethod... methods) {
        Map<String, JsonRpcMethod> out = new HashMap<>();
        for (JsonRpcMethod m : methods) out.put(m.getMethodName(), m);
        return Map.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private <T> CompletableFuture<T> send(String method, Object params) {
        return (CompletableFuture<T>) endpoint.request(method, params);
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        return send("workspace/applyEdit", params);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        return send("client/registerCapability", params);
    }

    @Override
    public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
        return send("client/unregisterCapability", params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return send("window/showMessageRequest", params);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        return send("workspace/configuration", params);
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        return send("workspace/diagnostic/refresh", null);
    }

    @Override
    public void telemetryEvent(Object object) {
        endpoint.notify("telemetry/event", object);
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        endpoint.notify("textDocument/publishDiagnostics", diagnostics);
    }

    @Override
    public void showMessage(MessageParams params) {
        endpoint.notify("window/showMessage", params);
    }

    @Override
    public void logMessage(MessageParams params) {
        endpoint.notify("window/logMessage", params);
    }
}

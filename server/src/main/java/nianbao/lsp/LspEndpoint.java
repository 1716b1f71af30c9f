package nianbao.lsp;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * The server's side of the connection: each incoming request or notification goes to the server by the
 * {@link ServerMethod} table, not by LSP4J's reflective {@code GenericEndpoint}. A request for a method the server
 * does not serve is answered MethodNotFound (an optional {@code $/} request with null), as JSON-RPC asks; a
 * notification it does not serve is ignored.
 */
final class LspEndpoint implements Endpoint {
    private static final Map<String, ServerMethod> BY_NAME = new HashMap<>();

    static {
        for (ServerMethod m : ServerMethod.values()) BY_NAME.put(m.rpcName, m);
    }

    private final NianbaoLanguageServer server;

    LspEndpoint(NianbaoLanguageServer server) {
        this.server = server;
    }

    @Override
    public CompletableFuture<?> request(String method, Object parameter) {
        ServerMethod m = BY_NAME.get(method);
        if (m != null && !m.notification) return m.call(server, parameter);
        if (method != null && method.startsWith("$/")) return CompletableFuture.completedFuture(null);
        CompletableFuture<Object> notFound = new CompletableFuture<>();
        notFound.completeExceptionally(new ResponseErrorException(
                new ResponseError(ResponseErrorCode.MethodNotFound, "nianbao：不支持请求 " + method, null)));
        return notFound;
    }

    @Override
    public void notify(String method, Object parameter) {
        ServerMethod m = BY_NAME.get(method);
        if (m != null && m.notification) m.call(server, parameter);
    }
}

package nianbao.lsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.junit.jupiter.api.Test;

/**
 * The tables that replace LSP4J's start-up reflection ({@link ServerMethod}, {@link RemoteClient}) against that
 * reflection: what the server implements is served under LSP4J's names and parameter types, and what it sends to
 * the client goes out under LSP4J's names, its answers parsed to LSP4J's result types.
 */
class ServerMethodTest {
    @Test
    void everyServedMethodIsLsp4jsWithTheSameParametersAndKind() {
        Map<String, JsonRpcMethod> reflected = ServiceEndpoints.getSupportedMethods(NianbaoLanguageServer.class);
        for (ServerMethod m : ServerMethod.values()) {
            JsonRpcMethod expected = reflected.get(m.rpcName);
            assertNotNull(expected, m.rpcName + " is no method of LSP4J's services");
            JsonRpcMethod actual = m.jsonRpcMethod();
            assertArrayEquals(expected.getParameterTypes(), actual.getParameterTypes(), m.rpcName);
            assertEquals(expected.isNotification(), actual.isNotification(), m.rpcName);
        }
    }

    @Test
    void everyMethodTheServerImplementsIsServed() {
        Set<String> served = new TreeSet<>();
        for (ServerMethod m : ServerMethod.values()) served.add(m.rpcName);
        Set<String> implemented = new TreeSet<>();
        implemented.addAll(rpcNamesImplemented(NianbaoLanguageServer.class, LanguageServer.class));
        implemented.addAll(rpcNamesImplemented(ReportTextDocumentService.class, TextDocumentService.class));
        implemented.addAll(rpcNamesImplemented(ReportWorkspaceService.class, WorkspaceService.class));
        assertTrue(implemented.size() >= 20, "implemented: " + implemented);
        assertEquals(implemented, served);
    }

    @Test
    void aNotificationsNameIsNoRequestAndUnknownRequestsFail() {
        Endpoint endpoint = new LspEndpoint(new NianbaoLanguageServer());
        for (ServerMethod m : ServerMethod.values()) {
            if (m.notification) assertTrue(endpoint.request(m.rpcName, null).isCompletedExceptionally(), m.rpcName);
        }
        assertTrue(endpoint.request("textDocument/definition", null).isCompletedExceptionally());
        assertNull(endpoint.request("$/anything", null).join());
    }

    @Test
    void theClientIsCalledUnderLsp4jsNamesAndItsAnswersParsedToLsp4jsTypes() throws Exception {
        Map<String, JsonRpcMethod> reflected = ServiceEndpoints.getSupportedMethods(LanguageClient.class);
        for (Map.Entry<String, JsonRpcMethod> e : RemoteClient.REQUESTS.entrySet()) {
            JsonRpcMethod expected = reflected.get(e.getKey());
            assertNotNull(expected, e.getKey());
            assertEquals(e.getKey(), e.getValue().getMethodName());
            assertEquals(expected.getReturnType(), e.getValue().getReturnType(), e.getKey());
            assertArrayEquals(expected.getParameterTypes(), e.getValue().getParameterTypes(), e.getKey());
            assertEquals(false, e.getValue().isNotification());
        }
        // Every method RemoteClient implements sends LSP4J's name for it (and a request is one REQUESTS parses).
        Map<String, String> sent = new LinkedHashMap<>();
        List<String> lastSent = new ArrayList<>();
        RemoteEndpoint endpoint = new RemoteEndpoint(message -> {
            if (message instanceof RequestMessage r) lastSent.add("request " + r.getMethod());
            if (message instanceof NotificationMessage n) lastSent.add("notification " + n.getMethod());
        }, new LspEndpoint(new NianbaoLanguageServer()));
        RemoteClient client = new RemoteClient(endpoint);
        for (Method m : RemoteClient.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) continue;
            lastSent.clear();
            m.invoke(client, new Object[m.getParameterCount()]);
            assertEquals(1, lastSent.size(), m.getName());
            sent.put(m.getName(), lastSent.get(0));
            Method declared = LanguageClient.class.getMethod(m.getName(), m.getParameterTypes());
            String expected = rpcName(declared, "");
            boolean request = declared.isAnnotationPresent(JsonRequest.class);
            assertEquals((request ? "request " : "notification ") + expected, lastSent.get(0));
            if (request) assertTrue(RemoteClient.REQUESTS.containsKey(expected), expected);
        }
        assertTrue(sent.size() >= 10, sent.toString());
    }

    /** The RPC names of the methods {@code impl} declares that implement an annotated method of {@code service}. */
    private static Set<String> rpcNamesImplemented(Class<?> impl, Class<?> service) {
        JsonSegment segment = service.getAnnotation(JsonSegment.class);
        String prefix = segment == null ? "" : segment.value() + "/";
        Set<String> names = new TreeSet<>();
        for (Method m : impl.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) continue;
            Method declared;
            try {
                declared = service.getMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                continue;
            }
            String name = rpcName(declared, prefix);
            if (name != null) names.add(name);
        }
        return names;
    }

    /** LSP4J's rule: the annotation's value, else the method's name, after the segment unless told otherwise. */
    private static String rpcName(Method m, String prefix) {
        JsonRequest request = m.getAnnotation(JsonRequest.class);
        JsonNotification notification = m.getAnnotation(JsonNotification.class);
        if (request == null && notification == null) return null;
        String value = request != null ? request.value() : notification.value();
        boolean useSegment = request != null ? request.useSegment() : notification.useSegment();
        return (useSegment ? prefix : "") + (value.isEmpty() ? m.getName() : value);
    }
}

package nianbao.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Issue 8, points 9–10: the server driven through raw streams by a client that breaks the protocol. After each
 * bad message a normal request must still be answered.
 */
class ClientAbuseTest {
    private static final String URI = "file:///reports/xinghu-minzheng-2024.txt";

    private final Pipe toServer = new Pipe();
    private final Pipe toClient = new Pipe();
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final List<JsonObject> seen = new ArrayList<>();
    private ServerConnection connection;
    private Thread reader;
    private int nextId = 100;

    @BeforeEach
    void start() {
        connection = ServerConnection.start(new NianbaoLanguageServer(), toServer.in, toClient.out);
        reader = new Thread(() -> readMessages(toClient.in), "abuse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void stop() {
        toServer.end();
        connection.stop();
        for (JsonObject m : seen) {
            assertFalse(m.toString().contains("NullPointerException"), "a NullPointerException reached the client: " + m);
            assertFalse(m.toString().contains("\\tat "), "a stack trace reached the client: " + m);
        }
    }

    private void readMessages(InputStream in) {
        try {
            while (true) {
                StringBuilder header = new StringBuilder();
                int b;
                while (!header.toString().endsWith("\r\n\r\n")) {
                    b = in.read();
                    if (b < 0) return;
                    header.append((char) b);
                }
                String lengthLine = header.toString().lines().filter(l -> l.startsWith("Content-Length:")).findFirst().orElseThrow();
                int length = Integer.parseInt(lengthLine.substring("Content-Length:".length()).trim());
                byte[] body = in.readNBytes(length);
                received.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
            }
        } catch (IOException e) {
            // The connection ended.
        }
    }

    private void sendRaw(String framedText) {
        write(framedText.getBytes(StandardCharsets.UTF_8));
    }

    private void write(byte[] bytes) {
        try {
            toServer.out.write(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void send(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(body);
        write(b.toByteArray());
    }

    private JsonObject await(Predicate<JsonObject> wanted, String what) {
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (JsonObject m : seen) {
                if (wanted.test(m)) {
                    seen.remove(m);
                    seen.add(m);
                    return m;
                }
            }
            while (System.nanoTime() < deadline) {
                JsonObject m = received.poll(100, TimeUnit.MILLISECONDS);
                if (m == null) continue;
                seen.add(m);
                if (wanted.test(m)) return m;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no answer: " + what + "; seen " + seen);
    }

    private JsonObject response(int id) {
        return await(m -> m.has("id") && !m.get("id").isJsonNull() && m.get("id").getAsInt() == id
                && !m.has("method"), "response to id " + id);
    }

    private static int errorCode(JsonObject response) {
        assertTrue(response.has("error"), "expected an error: " + response);
        return response.getAsJsonObject("error").get("code").getAsInt();
    }

    private JsonObject nullIdError() {
        return await(m -> m.has("error") && (!m.has("id") || m.get("id").isJsonNull()), "error without id");
    }

    private static String hover(int id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\""
                + URI + "\"},\"position\":{\"line\":35,\"character\":31}}}";
    }

    /** A normal request, answered normally. */
    private void normalRequestIsAnswered() {
        int id = nextId++;
        send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\""
                + URI + "\"}}}");
        JsonObject r = response(id);
        assertTrue(r.has("result") && r.get("result").isJsonArray() && r.getAsJsonArray("result").size() > 0, r.toString());
    }

    private void initialize() {
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}");
        assertTrue(response(1).has("result"));
        send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        JsonObject open = new JsonObject();
        open.addProperty("jsonrpc", "2.0");
        open.addProperty("method", "textDocument/didOpen");
        JsonObject item = new JsonObject();
        item.addProperty("uri", URI);
        item.addProperty("languageId", "nianbao");
        item.addProperty("version", 1);
        item.addProperty("text", LspSession.resource("wrong-total-tabs.txt"));
        JsonObject params = new JsonObject();
        params.add("textDocument", item);
        open.add("params", params);
        send(open.toString());
    }

    @Test
    void methodsTheServerDoesNotServeAreAnsweredMethodNotFoundOrIgnored() {
        initialize();
        send("{\"jsonrpc\":\"2.0\",\"id\":40,\"method\":\"textDocument/definition\",\"params\":{\"textDocument\":{\"uri\":\""
                + URI + "\"},\"position\":{\"line\":1,\"character\":1}}}");
        JsonObject notServed = response(40);
        assertEquals(-32601, errorCode(notServed));
        assertEquals("nianbao：不支持请求 textDocument/definition", notServed.getAsJsonObject("error").get("message").getAsString());
        send("{\"jsonrpc\":\"2.0\",\"id\":41,\"method\":\"nianbao/unknown\",\"params\":{}}");
        assertEquals(-32601, errorCode(response(41)));
        // An optional ($/) request is answered with null, as LSP4J's endpoint did.
        send("{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"$/nianbao/unknown\",\"params\":{}}");
        JsonObject optional = response(42);
        assertTrue(optional.has("result") && optional.get("result").isJsonNull(), optional.toString());
        send("{\"jsonrpc\":\"2.0\",\"method\":\"$/setTrace\",\"params\":{\"value\":\"verbose\"}}");
        send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/willSave\",\"params\":{\"textDocument\":{\"uri\":\"" + URI
                + "\"},\"reason\":1}}");
        normalRequestIsAnswered();
    }

    @Test
    void aRequestBeforeInitializeIsAnsweredServerNotInitialized() {
        send(hover(5));
        assertEquals(-32002, errorCode(response(5)));
        initialize();
        normalRequestIsAnswered();
    }

    @Test
    void aLargeBodyThatIsNotJsonIsAnsweredParseErrorAndTheNextMessageIsRead() {
        initialize();
        send("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"textDocument/hover\",\"params\":" + "[".repeat(12_000));
        assertEquals(-32700, errorCode(nullIdError()));
        normalRequestIsAnswered();
    }

    @Test
    void aLargeBodyWithAWrongTypeIsAnsweredAndTheNextMessageIsRead() {
        initialize();
        String padding = "x".repeat(10_000);
        send("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"" + URI
                + "\"},\"position\":\"" + padding + "\"}}");
        int code = errorCode(response(7));
        assertTrue(code == -32700 || code == -32602, "code " + code);
        normalRequestIsAnswered();
    }

    @Test
    void aMissingContentLengthIsAnsweredAndReadingResynchronises() {
        initialize();
        sendRaw("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + hover(8));
        assertEquals(-32700, errorCode(nullIdError()));
        normalRequestIsAnswered();
    }

    @Test
    void aContentLengthThatIsNotANumberIsAnsweredAndReadingResynchronises() {
        initialize();
        sendRaw("Content-Length: zwölf\r\n\r\n" + hover(9));
        assertEquals(-32700, errorCode(nullIdError()));
        normalRequestIsAnswered();
    }

    @Test
    void aContentLengthTooSmallIsAnsweredAndReadingResynchronises() {
        initialize();
        sendRaw("Content-Length: 20\r\n\r\n" + hover(10));
        assertEquals(-32700, errorCode(nullIdError()));
        normalRequestIsAnswered();
    }

    @Test
    void aMessageWithOnlyAnIdIsAnsweredWithAnError() {
        initialize();
        send("{\"jsonrpc\":\"2.0\",\"id\":11}");
        assertEquals(-32600, errorCode(response(11)));
        normalRequestIsAnswered();
    }

    @Test
    void nullContentChangesAndNullTextAreRefusedWithoutANullPointerException() {
        initialize();
        send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"" + URI
                + "\",\"version\":2},\"contentChanges\":null}}");
        send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"" + URI
                + "\",\"version\":3},\"contentChanges\":[{\"text\":null}]}}");
        send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///other.txt\","
                + "\"languageId\":\"nianbao\",\"version\":1,\"text\":null}}}");
        send("{\"jsonrpc\":\"2.0\",\"id\":12,\"method\":\"textDocument/hover\",\"params\":null}");
        assertNotNull(response(12));
        normalRequestIsAnswered();
    }

    @Test
    void requestsAfterShutdownAreInvalid() {
        initialize();
        send("{\"jsonrpc\":\"2.0\",\"id\":13,\"method\":\"shutdown\"}");
        assertTrue(response(13).has("result"));
        send(hover(14));
        assertEquals(-32600, errorCode(response(14)));
        send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        assertEquals(0, LspSession.await(connection.exitCode()));
    }
}

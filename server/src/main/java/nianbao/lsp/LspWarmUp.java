package nianbao.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One short editing session against the real server over in-memory pipes: initialize, open a report, pull its
 * diagnostics, ask for code actions, symbols, folding, hovers and completion, shut down. Run while the class-data
 * archive is recorded ({@code -XX:ArchiveClassesAtExit}, see {@code nianbao.cli.ArchiveTraining}), so that the
 * classes an editor session needs are in the archive. Raw JSON-RPC frames: a client library would only add
 * classes the server never loads.
 */
public final class LspWarmUp {
    private static final String URI = "file:///archive-training/report.nianbao";

    private LspWarmUp() {
    }

    /** Runs the session on {@code text}; gives up after {@code timeoutSeconds} rather than hang a build. */
    public static void run(String text, int timeoutSeconds) throws IOException {
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
        PipedInputStream fromServer = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(fromServer);
        ServerConnection connection = ServerConnection.start(new NianbaoLanguageServer(), serverIn, serverOut);
        CompletableFuture<Void> lastAnswer = new CompletableFuture<>();
        Thread reader = new Thread(() -> readUntil(fromServer, 8, lastAnswer), "archive-training-reader");
        reader.setDaemon(true);
        reader.start();

        JsonObject capabilities = JsonParser.parseString("{\"textDocument\":{\"diagnostic\":{},"
                + "\"publishDiagnostics\":{\"relatedInformation\":true},\"codeAction\":{\"codeActionLiteralSupport\":"
                + "{\"codeActionKind\":{\"valueSet\":[\"quickfix\",\"source.fixAll\"]}}},\"completion\":{\"completionItem\":"
                + "{\"snippetSupport\":true}},\"hover\":{},\"inlayHint\":{},\"documentSymbol\":"
                + "{\"hierarchicalDocumentSymbolSupport\":true},\"foldingRange\":{}}}").getAsJsonObject();
        JsonObject init = new JsonObject();
        init.add("capabilities", capabilities);
        init.add("initializationOptions", JsonParser.parseString("{\"debounce\":0}"));
        send(toServer, request(1, "initialize", init));
        send(toServer, notification("initialized", new JsonObject()));
        JsonObject item = new JsonObject();
        item.addProperty("uri", URI);
        item.addProperty("languageId", "nianbao");
        item.addProperty("version", 1);
        item.addProperty("text", text);
        JsonObject open = new JsonObject();
        open.add("textDocument", item);
        send(toServer, notification("textDocument/didOpen", open));
        send(toServer, request(2, "textDocument/diagnostic", document()));
        JsonObject actions = document();
        actions.add("range", range(0, 0, 200, 0));
        JsonObject context = new JsonObject();
        context.add("diagnostics", new JsonArray());
        actions.add("context", context);
        send(toServer, request(3, "textDocument/codeAction", actions));
        send(toServer, request(4, "textDocument/documentSymbol", document()));
        send(toServer, request(5, "textDocument/foldingRange", document()));
        JsonObject hints = document();
        hints.add("range", range(0, 0, 200, 0));
        send(toServer, request(6, "textDocument/inlayHint", hints));
        JsonObject at = document();
        at.add("position", position(0, 0));
        send(toServer, request(7, "textDocument/completion", at));
        send(toServer, request(8, "textDocument/hover", at));
        try {
            lastAnswer.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("archive training: the language server did not answer in time (" + e + ")");
        }
        send(toServer, request(9, "shutdown", null));
        send(toServer, notification("exit", null));
        try {
            connection.exitCode().get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("archive training: the language server did not exit in time (" + e + ")");
        }
        // The end of the server's input, and its reader returns by itself: stopped while blocked on the pipe instead, it
        // failed with an InterruptedIOException that LSP4J logged, stack trace and all, into the build's output.
        toServer.close();
        if (!connection.awaitEnd(timeoutSeconds)) connection.stop();
    }

    private static JsonObject document() {
        JsonObject id = new JsonObject();
        id.addProperty("uri", URI);
        JsonObject params = new JsonObject();
        params.add("textDocument", id);
        return params;
    }

    private static JsonObject position(int line, int character) {
        JsonObject p = new JsonObject();
        p.addProperty("line", line);
        p.addProperty("character", character);
        return p;
    }

    private static JsonObject range(int startLine, int startCharacter, int endLine, int endCharacter) {
        JsonObject r = new JsonObject();
        r.add("start", position(startLine, startCharacter));
        r.add("end", position(endLine, endCharacter));
        return r;
    }

    private static JsonObject request(int id, String method, JsonObject params) {
        JsonObject m = notification(method, params);
        m.addProperty("id", id);
        return m;
    }

    private static JsonObject notification(String method, JsonObject params) {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("method", method);
        if (params != null) m.add("params", params);
        return m;
    }

    private static void send(OutputStream out, JsonObject message) throws IOException {
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /**
     * Reads frames; completes {@code done} once {@code answers} responses came, then goes on draining until the
     * server closes its end (a pipe whose reader stopped fails the server's writes).
     */
    private static void readUntil(InputStream in, int answers, CompletableFuture<Void> done) {
        try {
            int answered = 0;
            while (true) {
                int length = -1;
                ByteArrayOutputStream header = new ByteArrayOutputStream();
                int c;
                while ((c = in.read()) >= 0) {
                    header.write(c);
                    String h = header.toString(StandardCharsets.US_ASCII);
                    if (h.endsWith("\r\n\r\n")) {
                        for (String line : h.split("\r\n")) {
                            if (line.startsWith("Content-Length:")) length = Integer.parseInt(line.substring(15).trim());
                        }
                        break;
                    }
                }
                if (c < 0 || length < 0) break;
                JsonObject message = JsonParser.parseString(new String(in.readNBytes(length), StandardCharsets.UTF_8))
                        .getAsJsonObject();
                if (message.has("id") && !message.has("method") && ++answered == answers) done.complete(null);
            }
            done.complete(null);
        } catch (IOException | RuntimeException e) {
            done.completeExceptionally(e);
        }
    }
}

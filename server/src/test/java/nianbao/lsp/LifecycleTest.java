package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static nianbao.lsp.LspSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.rules.RuleFailure;

class LifecycleTest {
    private static final String URI = "file:///reports/xinghu-minzheng-2024.txt";

    @Test
    void exitAfterShutdownEndsWithCode0() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            assertEquals(0, lsp.shutdownAndExit());
        }
    }

    @Test
    void exitWithoutShutdownEndsWithCode1() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.remote.exit();
            assertEquals(1, await(lsp.connection.exitCode()));
        }
    }

    @Test
    void aClientThatVanishesEndsTheServerWithCode1() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.disconnect();
            assertEquals(1, await(lsp.connection.exitCode()));
        }
    }

    @Test
    void aRuleThatThrowsIsLoggedAndTheOtherRulesStillReport() {
        DocumentChecker withFailingRule = (text, options) -> {
            CheckResult r = Checker.check(text, options);
            return new CheckResult(r.source(), r.report(), r.diagnostics(),
                    List.of(new RuleFailure("NB999", new IllegalStateException("规则内部错误"))));
        };
        try (LspSession lsp = new LspSession(withFailingRule)) {
            lsp.initialize();
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            assertTrue(DiagnosticView.codes(lsp.diagnostics(URI, 1).getDiagnostics()).contains("NB301"));

            MessageParams log = await(lsp.client.logs.first(m -> m.getMessage().contains("NB999")));
            assertEquals(MessageType.Error, log.getType());
            assertTrue(log.getMessage().contains(URI), log.getMessage());
            assertTrue(log.getMessage().contains("java.lang.IllegalStateException: 规则内部错误"), log.getMessage());
        }
    }

    @Test
    void aCheckThatCrashesIsLoggedAndTheServerKeepsServing() {
        DocumentChecker crashesOnMarker = (text, options) -> {
            if (text.contains("触发检查故障")) throw new StackOverflowError("太深了");
            return Checker.check(text, options);
        };
        String broken = "file:///reports/broken.txt";
        try (LspSession lsp = new LspSession(crashesOnMarker)) {
            lsp.initialize();
            lsp.open(broken, "nianbao", LspSession.resource("wrong-total-tabs.txt") + "触发检查故障\n");
            assertEquals(List.of(), lsp.diagnostics(broken, 1).getDiagnostics());
            MessageParams log = await(lsp.client.logs.first(m -> m.getMessage().contains(broken)));
            assertEquals(MessageType.Error, log.getType());
            assertTrue(log.getMessage().contains("StackOverflowError"), log.getMessage());
            assertNull(await(lsp.remote.getTextDocumentService().hover(new HoverParams(id(broken), new Position(35, 31)))));

            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            assertTrue(DiagnosticView.codes(lsp.diagnostics(URI, 1).getDiagnostics()).contains("NB301"));
            assertEquals(0, lsp.shutdownAndExit());
        }
    }

    /** The real entry point, as {@code nianbao lsp} runs it: a separate JVM, stdio, System.exit. */
    @Test
    void lspMainSpeaksOnlyLspOnStdoutAndExitsWith0AfterShutdown() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LspMain.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream stdin = process.getOutputStream()) {
            send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}");
            send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
            send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server exits");
        assertEquals(0, process.exitValue());
        List<String> bodies = messages(process.getInputStream());
        assertEquals(2, bodies.size(), "two answers and nothing else: " + bodies);
        assertTrue(bodies.get(0).contains("\"id\":1") && bodies.get(0).contains("\"positionEncoding\":\"utf-16\""), bodies.get(0));
        assertTrue(bodies.get(1).contains("\"id\":2"), bodies.get(1));
    }

    private static void send(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** Splits stdout into LSP message bodies; fails on anything that is not a framed message. */
    private static List<String> messages(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        byte[] bytes = all.toByteArray();
        List<String> bodies = new ArrayList<>();
        Pattern header = Pattern.compile("Content-Length: (\\d+)\r\n\r\n");
        int at = 0;
        while (at < bytes.length) {
            String rest = new String(bytes, at, Math.min(64, bytes.length - at), StandardCharsets.US_ASCII);
            Matcher m = header.matcher(rest);
            assertTrue(m.lookingAt(), "stdout holds only LSP messages, found: " + rest);
            int length = Integer.parseInt(m.group(1));
            at += m.end();
            bodies.add(new String(bytes, at, length, StandardCharsets.UTF_8));
            at += length;
        }
        return bodies;
    }
}

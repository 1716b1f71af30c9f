package nianbao.lsp;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;

import nianbao.core.CheckerHeadStart;

/**
 * {@code nianbao lsp}: the language server on stdin/stdout, until the client says exit. The CLI calls
 * {@link #main} by reflection, so that linting never loads LSP4J.
 */
public final class LspMain {
    private LspMain() {
    }

    public static void main(String[] args) {
        // The checker set up on a second thread while LSP4J starts and the client says initialize: the first
        // diagnostics come sooner.
        CheckerHeadStart.start();
        // stdout carries the protocol alone: anything printed by accident goes to stderr instead.
        OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        System.setOut(System.err);
        ServerConnection connection = ServerConnection.start(new NianbaoLanguageServer(), System.in, protocol);
        int code = connection.exitCode().join();
        connection.stop();
        System.exit(code);
    }
}

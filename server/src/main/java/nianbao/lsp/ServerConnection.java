package nianbao.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * A server talking LSP (JSON-RPC with Content-Length headers) over a pair of streams: stdin/stdout in production,
 * pipes in tests. Ends when the client sends exit or closes the stream.
 */
final class ServerConnection {
    private final NianbaoLanguageServer server;
    private final Future<Void> listening;

    private ServerConnection(NianbaoLanguageServer server, Future<Void> listening) {
        this.server = server;
        this.listening = listening;
    }

    static ServerConnection start(NianbaoLanguageServer server, InputStream in, OutputStream out) {
        CancelNoticeFilter.install();
        Launcher<LanguageClient> launcher = new GuardedLauncherBuilder()
                .setLocalService(server).setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        Thread watcher = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | CancellationException e) {
                // The stream failed or was closed: either way the connection is over.
            }
            server.connectionClosed();
        }, "nianbao-connection");
        watcher.setDaemon(true);
        watcher.start();
        return new ServerConnection(server, listening);
    }

    /** The process exit code: 0 after shutdown and exit, 1 when the client exited or vanished without shutdown. */
    CompletableFuture<Integer> exitCode() {
        return server.exitCode();
    }

    /** Waits up to {@code seconds} for the client's stream to end (its reader returns); true when it did. */
    boolean awaitEnd(long seconds) {
        try {
            listening.get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | CancellationException e) {
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Stops reading from the client. */
    void stop() {
        listening.cancel(true);
    }
}

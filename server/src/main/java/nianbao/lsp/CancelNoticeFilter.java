package nianbao.lsp;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Drops LSP4J's warning "Unmatched cancel notification for request id N". Editors cancel requests routinely (the
 * cursor moved on, the document changed) and the request has often been answered by the time the cancellation
 * arrives: there is nothing left to cancel, which is normal, not a problem. Left alone, LSP4J prints an English
 * warning to stderr for each, and VS Code shows every one in the Output panel. Other LSP4J messages pass.
 */
final class CancelNoticeFilter implements Filter {
    private static final String LOGGER = "org.eclipse.lsp4j.jsonrpc.RemoteEndpoint";
    /** Held here: JUL keeps loggers weakly, and a collected logger would forget its filter. */
    private static final Logger ENDPOINT_LOG = Logger.getLogger(LOGGER);

    private CancelNoticeFilter() {
    }

    static void install() {
        if (!(ENDPOINT_LOG.getFilter() instanceof CancelNoticeFilter)) ENDPOINT_LOG.setFilter(new CancelNoticeFilter());
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        return !(record.getLevel().intValue() <= Level.WARNING.intValue() && message != null
                && message.startsWith("Unmatched cancel notification"));
    }
}

package nianbao.lsp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.validation.ReflectiveMessageValidator;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * LSP4J's launcher with the server's defences against a bad client: messages read whole by their length
 * ({@link FramedMessageProducer}), the lifecycle rules ({@link LifecycleGuard}), messages checked against the
 * protocol's required fields (a {@code didChange} without {@code contentChanges} is refused by LSP4J's validator,
 * not met by a NullPointerException), and errors answered without a Java stack trace. The methods served and called
 * come from tables ({@link ServerMethod}, {@link RemoteClient}), not from LSP4J's reflection over its interfaces,
 * which was most of the server's start-up.
 */
final class GuardedLauncherBuilder extends LSPLauncher.Builder<LanguageClient> {
    private MessageJsonHandler jsonHandler;
    private RemoteEndpoint remoteEndpoint;
    private MessageConsumer outgoing;

    GuardedLauncherBuilder() {
        setExceptionHandler(ERRORS_WITHOUT_TRACE);
    }

    /**
     * A failing request is answered with the error it chose (ResponseErrorException) or its message only: the stack
     * trace is the server's business, not the client's.
     */
    private static final Function<Throwable, ResponseError> ERRORS_WITHOUT_TRACE = e -> {
        Throwable cause = e;
        while (true) {
            if (cause instanceof ResponseErrorException answer) return answer.getResponseError();
            if (cause.getCause() == null || cause.getCause() == cause) break;
            cause = cause.getCause();
        }
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ResponseError(ResponseErrorCode.InternalError, "nianbao：处理请求时出错（" + what + "）", null);
    };

    @Override
    protected MessageJsonHandler createJsonHandler() {
        jsonHandler = super.createJsonHandler();
        return jsonHandler;
    }

    /**
     * The methods the JSON handler parses: the server's ({@link ServerMethod}) and the answers to its requests to
     * the client ({@link RemoteClient}), from tables instead of LSP4J's reflection over its service interfaces.
     */
    @Override
    protected Map<String, JsonRpcMethod> getSupportedMethods() {
        Map<String, JsonRpcMethod> methods = new LinkedHashMap<>(RemoteClient.REQUESTS);
        for (ServerMethod m : ServerMethod.values()) methods.put(m.rpcName, m.jsonRpcMethod());
        return methods;
    }

    /** LSP4J's, with the server reached through {@link LspEndpoint} instead of a reflective endpoint. */
    @Override
    protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
        if (localServices.size() != 1 || !(localServices.iterator().next() instanceof NianbaoLanguageServer server)) {
            throw new IllegalStateException("the local service must be one NianbaoLanguageServer");
        }
        MessageConsumer outgoingStream = wrapMessageConsumer(new StreamMessageConsumer(output, handler));
        remoteEndpoint = new RemoteEndpoint(outgoingStream, new LspEndpoint(server), exceptionHandler);
        handler.setMethodProvider(remoteEndpoint);
        remoteEndpoint.setJsonHandler(handler);
        return remoteEndpoint;
    }

    @Override
    protected LanguageClient createProxy(RemoteEndpoint endpoint) {
        return new RemoteClient(endpoint);
    }

    @Override
    protected MessageConsumer wrapMessageConsumer(MessageConsumer consumer) {
        MessageConsumer wrapped = super.wrapMessageConsumer(consumer);
        if (consumer instanceof StreamMessageConsumer) {
            // The outgoing stream: the reader and the guard answer through it too, so that answers never interleave.
            outgoing = wrapped;
            return wrapped;
        }
        // Incoming messages only are validated: what the server sends is its own responsibility (and tested).
        MessageConsumer out = outgoing;
        return new LifecycleGuard(new ReflectiveMessageValidator(wrapped), out::consume);
    }

    @Override
    protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer lsp4jReader, MessageConsumer consumer,
                                                                LanguageClient remoteProxy) {
        MessageConsumer out = outgoing;
        FramedMessageProducer reader = new FramedMessageProducer(input, jsonHandler, remoteEndpoint, out::consume);
        return super.createMessageProcessor(reader, consumer, remoteProxy);
    }
}

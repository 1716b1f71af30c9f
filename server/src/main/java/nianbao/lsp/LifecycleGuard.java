package nianbao.lsp;

import java.util.function.Consumer;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * The lifecycle rules of LSP, applied before a message reaches the server: a request before {@code initialize} is
 * answered -32002 (ServerNotInitialized) and a notification dropped; after {@code shutdown}, requests are answered
 * InvalidRequest and notifications other than {@code exit} dropped. Messages arrive here one at a time, in order,
 * on the connection's reading thread.
 */
final class LifecycleGuard implements MessageConsumer {
    private final MessageConsumer next;
    private final Consumer<Message> errorAnswers;
    private boolean initializeSeen;
    private boolean shutdownSeen;

    LifecycleGuard(MessageConsumer next, Consumer<Message> errorAnswers) {
        this.next = next;
        this.errorAnswers = errorAnswers;
    }

    @Override
    public void consume(Message message) {
        if (message instanceof RequestMessage request) {
            String method = request.getMethod();
            if (!initializeSeen && !"initialize".equals(method)) {
                refuse(request, ResponseErrorCode.ServerNotInitialized, "服务尚未初始化：请先发送 initialize");
                return;
            }
            if (shutdownSeen) {
                refuse(request, ResponseErrorCode.InvalidRequest, "服务已关闭（已收到 shutdown），只接受 exit");
                return;
            }
            if ("initialize".equals(method)) initializeSeen = true;
            if ("shutdown".equals(method)) shutdownSeen = true;
        } else if (message instanceof NotificationMessage notification) {
            boolean exit = "exit".equals(notification.getMethod());
            if (!exit && (!initializeSeen || shutdownSeen)) return;
        }
        next.consume(message);
    }

    private void refuse(RequestMessage request, ResponseErrorCode code, String text) {
        ResponseMessage response = new ResponseMessage();
        response.setJsonrpc("2.0");
        response.setRawId(request.getRawId());
        response.setError(new ResponseError(code, "nianbao：" + text, null));
        errorAnswers.accept(response);
    }
}

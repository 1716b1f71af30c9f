package nianbao.lsp;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * Reads JSON-RPC messages framed by {@code Content-Length} headers, and survives a bad client. LSP4J's own reader
 * parses the body while reading it: a body that is not JSON (or has a wrong type) stops it mid-body, and it then
 * reads the rest of that body as headers and answers nothing again. This reader takes each body whole by its
 * length before parsing it; a body that cannot be parsed is answered with -32700 (ParseError) and the next message
 * is read. A header block without a usable length (missing, not a number, negative, or a too-small length that
 * left the rest of a body behind) is answered with -32700 too, and reading resynchronises on the next
 * {@code Content-Length:} header found in the stream. A message that has an id and nothing else is answered with
 * InvalidRequest.
 */
final class FramedMessageProducer implements MessageProducer, Closeable {
    private static final byte[] LENGTH_HEADER = "content-length:".getBytes(StandardCharsets.US_ASCII);
    /** A header block longer than this is not a header block: it is skipped up to the next length header. */
    private static final int MAX_HEADER_BYTES = 8 * 1024;
    /** Larger bodies are refused (the server refuses documents far smaller than this anyway). */
    private static final int MAX_BODY_BYTES = 512 * 1024 * 1024;

    private final PushbackInputStream input;
    private final MessageJsonHandler jsonHandler;
    private final MessageIssueHandler issueHandler;
    private final Consumer<Message> errorAnswers;
    private volatile boolean keepRunning = true;
    /** After a framing or parse error, until a message is read: the leftovers of one bad message get one answer. */
    private boolean resynchronising;

    /** @param errorAnswers sends the error responses this reader makes (the connection's outgoing stream) */
    FramedMessageProducer(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler,
                          Consumer<Message> errorAnswers) {
        this.input = new PushbackInputStream(new BufferedInputStream(input, 64 * 1024), MAX_HEADER_BYTES + 4);
        this.jsonHandler = jsonHandler;
        this.issueHandler = issueHandler;
        this.errorAnswers = errorAnswers;
    }

    @Override
    public void listen(MessageConsumer callback) {
        try {
            while (keepRunning) {
                byte[] headers = readHeaderBlock();
                if (headers == null) return;
                Framing framing = framing(headers);
                if (framing == null) {
                    if (!resynchronising) answer(null, ResponseErrorCode.ParseError, "消息头无效：缺少有效的 Content-Length");
                    resynchronising = true;
                    resynchronise(headers);
                    continue;
                }
                byte[] body = input.readNBytes(framing.length);
                if (body.length < framing.length) return;
                handle(new String(body, framing.charset), callback);
            }
        } catch (IOException e) {
            throw new JsonRpcException(e);
        }
    }

    private record Framing(int length, Charset charset) {
    }

    /** The bytes up to and including a blank line (CRLF CRLF or LF LF); null at the end of the stream. */
    private byte[] readHeaderBlock() throws IOException {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        int newlines = 0;
        while (true) {
            int b = input.read();
            if (b < 0) return null;
            // The blank line stays in the block: a block put back to resynchronise must still end with it.
            block.write(b);
            if (b == '\n') {
                if (++newlines == 2) break;
            } else if (b != '\r') {
                newlines = 0;
            }
            if (block.size() > MAX_HEADER_BYTES) break;
        }
        return block.toByteArray();
    }

    /** Content-Length and charset of a header block, or null when it is not a valid header block. */
    private static Framing framing(byte[] headers) {
        String text = new String(headers, StandardCharsets.US_ASCII);
        Integer length = null;
        Charset charset = StandardCharsets.UTF_8;
        for (String line : text.split("\r?\n")) {
            if (line.isBlank()) continue;
            int colon = line.indexOf(':');
            if (colon <= 0) return null;
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                try {
                    length = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    return null;
                }
            } else if (name.equals("content-type")) {
                int at = value.indexOf("charset=");
                if (at >= 0) {
                    try {
                        charset = Charset.forName(value.substring(at + 8).replace("\"", "").trim());
                    } catch (RuntimeException e) {
                        return null;
                    }
                }
            } else if (!name.matches("[a-z0-9-]{1,64}")) {
                return null;
            }
        }
        if (length == null || length < 0 || length > MAX_BODY_BYTES) return null;
        return new Framing(length, charset);
    }

    /**
     * Puts back what follows the first {@code Content-Length:} after the start of a bad header block, so that the
     * next header block starts there; without one, the block is dropped (its last bytes kept, in case the header
     * is cut between two reads).
     */
    private void resynchronise(byte[] block) throws IOException {
        int at = indexOfLengthHeader(block, 1);
        if (at >= 0) {
            input.unread(block, at, block.length - at);
            return;
        }
        int keep = Math.min(block.length, LENGTH_HEADER.length - 1);
        // A cut header is put back only if it could be one (its bytes start the header name).
        for (int k = keep; k > 0; k--) {
            if (startsLengthHeader(block, block.length - k, k)) {
                input.unread(block, block.length - k, k);
                return;
            }
        }
    }

    private static int indexOfLengthHeader(byte[] block, int from) {
        for (int i = from; i + LENGTH_HEADER.length <= block.length; i++) {
            if (startsLengthHeader(block, i, LENGTH_HEADER.length)) return i;
        }
        return -1;
    }

    private static boolean startsLengthHeader(byte[] block, int at, int count) {
        for (int j = 0; j < count; j++) {
            if (Character.toLowerCase((char) block[at + j]) != LENGTH_HEADER[j]) return false;
        }
        return true;
    }

    private void handle(String body, MessageConsumer callback) {
        JsonElement raw;
        try {
            raw = JsonParser.parseString(body);
        } catch (RuntimeException e) {
            answer(null, ResponseErrorCode.ParseError, "消息不是有效的 JSON");
            resynchronising = true;
            return;
        }
        resynchronising = false;
        if (!raw.isJsonObject()) {
            answer(null, ResponseErrorCode.InvalidRequest, "消息不是 JSON 对象");
            return;
        }
        JsonObject object = raw.getAsJsonObject();
        Either<String, Number> id = idOf(object);
        if (id != null && !object.has("method") && !object.has("result") && !object.has("error")) {
            answer(id, ResponseErrorCode.InvalidRequest, "消息只有 id，既不是请求也不是响应");
            return;
        }
        Message message;
        try {
            message = jsonHandler.parseMessage(body);
        } catch (MessageIssueException e) {
            issueHandler.handle(e.getRpcMessage(), e.getIssues());
            return;
        } catch (RuntimeException e) {
            answer(id, ResponseErrorCode.ParseError, "消息内容无法解析（字段类型不符）");
            return;
        }
        try {
            callback.consume(message);
        } catch (MessageIssueException e) {
            issueHandler.handle(message, e.getIssues());
        }
    }

    private static Either<String, Number> idOf(JsonObject object) {
        JsonElement id = object.get("id");
        if (id == null || !id.isJsonPrimitive()) return null;
        if (id.getAsJsonPrimitive().isNumber()) return Either.forRight(id.getAsNumber());
        if (id.getAsJsonPrimitive().isString()) return Either.forLeft(id.getAsString());
        return null;
    }

    private void answer(Either<String, Number> id, ResponseErrorCode code, String text) {
        ResponseMessage response = new ResponseMessage();
        response.setJsonrpc("2.0");
        if (id != null) response.setRawId(id);
        response.setError(new ResponseError(code, "nianbao：" + text, null));
        errorAnswers.accept(response);
    }

    @Override
    public String toString() {
        return "FramedMessageProducer";
    }

    /** Stops reading (LSP4J closes the producer when the connection is cancelled). */
    @Override
    public void close() throws IOException {
        keepRunning = false;
        input.close();
    }
}

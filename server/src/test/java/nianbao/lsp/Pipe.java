package nianbao.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A one-way in-memory byte stream between two threads. Unlike {@code PipedInputStream}, reading does not fail when
 * the thread that last wrote has ended (LSP4J writes from pooled threads), so tests cannot break on thread timing.
 */
final class Pipe {
    private static final byte[] END = new byte[0];
    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();

    final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len > 0) chunks.add(Arrays.copyOfRange(b, off, off + len));
        }

        @Override
        public void close() {
            end();
        }
    };

    /** The reader sees end of stream once it has read what was written before. */
    void end() {
        chunks.add(END);
    }

    final InputStream in = new InputStream() {
        private byte[] current;
        private int position;
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (ended) return -1;
            if (current == null || position == current.length) {
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
                position = 0;
                if (current == END) {
                    ended = true;
                    return -1;
                }
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }
    };
}

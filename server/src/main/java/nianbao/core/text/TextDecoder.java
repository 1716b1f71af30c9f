package nianbao.core.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into text. Reports come as UTF-8 (with or without BOM) or, from Chinese office PCs,
 * GB18030/GBK (GBK is a subset of GB18030). UTF-16 with a BOM (Notepad's "Unicode") is accepted too.
 * Bytes that are not valid UTF-8 are read as GB18030; bytes that are neither are refused as binary.
 */
public final class TextDecoder {
    /** GB18030, looked up only when a file is not UTF-8 (the look-up loads its tables: milliseconds of start-up). */
    public static Charset gb18030() {
        return Gb18030.CHARSET;
    }

    private static final class Gb18030 {
        static final Charset CHARSET = Charset.forName("GB18030");
    }
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private TextDecoder() {
    }

    /** Why bytes could not be read as a report. */
    public static final class NotTextException extends Exception {
        public NotTextException(String message) {
            super(message);
        }
    }

    public static DecodedFile decode(byte[] bytes) throws NotTextException {
        if (startsWith(bytes, UTF8_BOM)) {
            return new DecodedFile(strict(bytes, 3, StandardCharsets.UTF_8)
                    .orElseThrow(() -> new NotTextException("文件以 UTF-8 BOM 开头，但内容不是有效的 UTF-8")),
                    StandardCharsets.UTF_8, true);
        }
        if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) {
            Charset cs = startsWith(bytes, UTF16LE_BOM) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new DecodedFile(strict(bytes, 2, cs)
                    .orElseThrow(() -> new NotTextException("文件以 UTF-16 BOM 开头，但内容不是有效的 UTF-16")), cs, true);
        }
        if (looksBinary(bytes)) {
            throw new NotTextException("不是文本文件（含有 NUL 等控制字节）");
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) return new DecodedFile(utf8.get(), StandardCharsets.UTF_8, false);
        return new DecodedFile(strict(bytes, 0, gb18030())
                .orElseThrow(() -> new NotTextException("既不是有效的 UTF-8，也不是有效的 GB18030/GBK 文本")),
                gb18030(), false);
    }

    static byte[] bomFor(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) return UTF8_BOM.clone();
        if (charset.equals(StandardCharsets.UTF_16LE)) return UTF16LE_BOM.clone();
        if (charset.equals(StandardCharsets.UTF_16BE)) return UTF16BE_BOM.clone();
        return new byte[0];
    }

    private static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) control++;
        }
        return limit > 0 && control * 10 > limit;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}

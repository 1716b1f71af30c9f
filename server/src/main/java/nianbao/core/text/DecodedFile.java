package nianbao.core.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * A file's text and how it was stored, so that a fixed file is written back in the same encoding, with the
 * same BOM (line endings are part of the text and so are kept as they are).
 */
public record DecodedFile(String text, Charset charset, boolean bom) {

    /** Encodes new text the way the original file was encoded; fails rather than writing replacement chars. */
    public byte[] encode(String newText) throws CharacterCodingException {
        ByteBuffer body = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(java.nio.CharBuffer.wrap(newText));
        byte[] prefix = bom ? TextDecoder.bomFor(charset) : new byte[0];
        byte[] out = new byte[prefix.length + body.remaining()];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        body.get(out, prefix.length, body.remaining());
        return out;
    }

    /** Human name of the encoding, e.g. "UTF-8 (BOM)", "GB18030". */
    public String describe() {
        return charset.name() + (bom ? " (BOM)" : "");
    }
}

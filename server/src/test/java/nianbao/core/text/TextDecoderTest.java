package nianbao.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String REPORT = "青禾市星湖区民政局2024年政府信息公开工作年度报告\r\n一、总体情况\r\n";

    @Test
    void utf8WithoutBomIsReadAsUtf8() throws Exception {
        DecodedFile d = TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_8));
        assertEquals(REPORT, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertFalse(d.bom());
    }

    @Test
    void utf8BomIsRemovedFromTheTextAndWrittenBack() throws Exception {
        byte[] bytes = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, REPORT.getBytes(StandardCharsets.UTF_8));
        DecodedFile d = TextDecoder.decode(bytes);
        assertEquals(REPORT, d.text());
        assertTrue(d.bom());
        assertArrayEquals(bytes, d.encode(d.text()));
    }

    @Test
    void invalidUtf8IsReadAsGb18030AndWrittenBackInGb18030() throws Exception {
        byte[] bytes = REPORT.getBytes(TextDecoder.gb18030());
        DecodedFile d = TextDecoder.decode(bytes);
        assertEquals(REPORT, d.text());
        assertEquals(TextDecoder.gb18030(), d.charset());
        assertArrayEquals(bytes, d.encode(d.text()));
    }

    @Test
    void gbkBytesAreGb18030() throws Exception {
        byte[] bytes = REPORT.getBytes("GBK");
        assertEquals(REPORT, TextDecoder.decode(bytes).text());
    }

    @Test
    void utf16WithBomIsAccepted() throws Exception {
        byte[] bytes = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, REPORT.getBytes(StandardCharsets.UTF_16LE));
        DecodedFile d = TextDecoder.decode(bytes);
        assertEquals(REPORT, d.text());
        assertArrayEquals(bytes, d.encode(d.text()));
    }

    @Test
    void binaryIsRefusedWithAMessage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        var e = assertThrows(TextDecoder.NotTextException.class, () -> TextDecoder.decode(png));
        assertTrue(e.getMessage().contains("不是文本文件"));
    }

    @Test
    void emptyFileIsEmptyText() throws Exception {
        assertEquals("", TextDecoder.decode(new byte[0]).text());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package nianbao.document;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Replaces the content of one entry of a zip file (an Office package) and copies every other entry raw: its
 * local header, compressed data and data descriptor byte for byte, in the same order, with the central directory
 * copied too and only its offsets (and the replaced entry's sizes and checksum) updated. Returns null for a zip it
 * does not handle (ZIP64, split archives, an entry it cannot find), so the caller can fall back.
 */
final class ZipPartReplacer {
    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;

    private record CentralEntry(int at, int length, String name, int localOffset) {
    }

    private ZipPartReplacer() {
    }

    static byte[] replace(byte[] zip, String name, byte[] content) {
        ByteBuffer in = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEnd(in);
        if (end < 0) return null;
        int entries = in.getShort(end + 10) & 0xFFFF;
        long cdSize = in.getInt(end + 12) & 0xFFFFFFFFL;
        long cdOffset = in.getInt(end + 16) & 0xFFFFFFFFL;
        if (entries == 0xFFFF || cdOffset == 0xFFFFFFFFL || cdOffset + cdSize > end || (in.getShort(end + 4) & 0xFFFF) != 0) return null;
        List<CentralEntry> central = new ArrayList<>();
        int at = (int) cdOffset;
        for (int i = 0; i < entries; i++) {
            if (at + 46 > zip.length || in.getInt(at) != CENTRAL) return null;
            int n = in.getShort(at + 28) & 0xFFFF, e = in.getShort(at + 30) & 0xFFFF, c = in.getShort(at + 32) & 0xFFFF;
            long local = in.getInt(at + 42) & 0xFFFFFFFFL;
            if (local == 0xFFFFFFFFL) return null;
            central.add(new CentralEntry(at, 46 + n + e + c, new String(zip, at + 46, n, java.nio.charset.StandardCharsets.UTF_8), (int) local));
            at += 46 + n + e + c;
        }
        CentralEntry target = central.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (target == null) return null;
        List<CentralEntry> byOffset = new ArrayList<>(central);
        byOffset.sort(Comparator.comparingInt(CentralEntry::localOffset));

        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) compressed.write(buffer, 0, deflater.deflate(buffer));
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(content);

        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + content.length);
        int[] newOffset = new int[zip.length > 0 ? byOffset.size() : 0];
        for (int i = 0; i < byOffset.size(); i++) {
            CentralEntry c = byOffset.get(i);
            int from = c.localOffset();
            int to = i + 1 < byOffset.size() ? byOffset.get(i + 1).localOffset() : (int) cdOffset;
            if (from + 30 > zip.length || in.getInt(from) != LOCAL || to < from) return null;
            newOffset[i] = out.size();
            if (c != target) {
                out.write(zip, from, to - from);
                continue;
            }
            int n = in.getShort(from + 26) & 0xFFFF, e = in.getShort(from + 28) & 0xFFFF;
            ByteBuffer header = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
            header.put(zip, from, 30);
            header.putShort(6, (short) (header.getShort(6) & ~0x0008)); // sizes in the header, no data descriptor
            header.putShort(8, (short) 8);
            header.putInt(14, (int) crc.getValue());
            header.putInt(18, compressed.size());
            header.putInt(22, content.length);
            out.write(header.array(), 0, 30);
            out.write(zip, from + 30, n + e);
            out.write(compressed.toByteArray(), 0, compressed.size());
        }
        int newCdOffset = out.size();
        for (CentralEntry c : central) {
            ByteBuffer entry = ByteBuffer.allocate(c.length()).order(ByteOrder.LITTLE_ENDIAN);
            entry.put(zip, c.at(), c.length());
            entry.putInt(42, newOffset[byOffset.indexOf(c)]);
            if (c == target) {
                entry.putShort(8, (short) (entry.getShort(8) & ~0x0008));
                entry.putShort(10, (short) 8);
                entry.putInt(16, (int) crc.getValue());
                entry.putInt(20, compressed.size());
                entry.putInt(24, content.length);
            }
            out.write(entry.array(), 0, c.length());
        }
        int newCdSize = out.size() - newCdOffset;
        ByteBuffer tail = ByteBuffer.allocate(zip.length - end).order(ByteOrder.LITTLE_ENDIAN);
        tail.put(zip, end, zip.length - end);
        tail.putInt(12, newCdSize);
        tail.putInt(16, newCdOffset);
        out.write(tail.array(), 0, tail.capacity());
        return out.toByteArray();
    }

    /** The end-of-central-directory record, searched from the end (a comment may follow it). */
    private static int findEnd(ByteBuffer in) {
        int limit = Math.max(0, in.capacity() - 22 - 0xFFFF);
        for (int i = in.capacity() - 22; i >= limit; i--) {
            if (in.getInt(i) == END) return i;
        }
        return -1;
    }
}

package nianbao.document;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import nianbao.document.ReportRenderings.Piece;
import nianbao.document.ReportRenderings.RenderedCell;

/**
 * Draws a fixture report as a PDF with PDFBox, the way a printed report looks: ruled tables (cell borders as thin
 * filled rectangles, no rule inside a merged cell), labels wrapped inside narrow cells, a table that does not fit
 * going on on the next page, indented paragraphs wrapped at the margin, page numbers, a CJK font embedded.
 */
public final class PdfRenderings {
    /** CJK TrueType fonts of Debian packages (.ci/run installs fonts-wqy-microhei when none is present). */
    static final String[] FONTS = {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc"};
    private static final float SIZE = 8f;
    private static final float LEFT = 40f;
    private static final float WIDTH = 515f;
    private static final float TOP = 800f;
    private static final float BOTTOM = 60f;
    private static final float LINE = 0.75f;

    private PDDocument doc;
    private PDFont font;
    private PDPageContentStream out;
    private float y;
    private int pages;

    private PdfRenderings() {
    }

    static File font() {
        for (String f : FONTS) if (new File(f).isFile()) return new File(f);
        throw new IllegalStateException("no CJK TrueType font: install fonts-wqy-microhei (Debian)");
    }

    public static byte[] pdf(String text) {
        return pdf(text, null);
    }

    /** With a user password, the PDF cannot be opened without it. */
    public static byte[] pdf(String text, String password) {
        PdfRenderings r = new PdfRenderings();
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(font())) {
            r.doc = doc;
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) first[0] = f;
            });
            r.font = PDType0Font.load(doc, first[0], true);
            r.newPage();
            for (Piece p : ReportRenderings.pieces(text)) {
                if (p.paragraph() != null) r.paragraph(p.paragraph());
                else r.table(p.table());
            }
            r.out.close();
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page as a scanner makes it: a picture (here a grey box), no text. */
    public static byte[] scan() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.setNonStrokingColor(0.8f);
                out.addRect(40, 40, 500, 700);
                out.fill();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (out != null) out.close();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = TOP;
        pages++;
        write("- " + pages + " -", LEFT + WIDTH / 2 - 10, 30);
    }

    private void write(String s, float x, float baseline) throws IOException {
        out.beginText();
        out.setFont(font, SIZE);
        out.newLineAtOffset(x, baseline);
        out.showText(s);
        out.endText();
    }

    private void paragraph(String text) throws IOException {
        int perLine = (int) (WIDTH / SIZE);
        List<String> lines = wrap(text, perLine - 2);
        for (int i = 0; i < lines.size(); i++) {
            if (y - SIZE * 1.6f < BOTTOM) newPage();
            y -= SIZE * 1.6f;
            write(lines.get(i), LEFT + (i == 0 ? SIZE * 2 : 0), y);
        }
    }

    private void table(List<List<RenderedCell>> rows) throws IOException {
        int columns = 0;
        for (List<RenderedCell> row : rows) {
            int w = 0;
            for (RenderedCell c : row) w += c.colSpan();
            columns = Math.max(columns, w);
        }
        float col = WIDTH / columns;
        int perLine = Math.max(1, (int) ((col - 4) / SIZE));
        y -= SIZE;
        boolean firstOnPage = true;
        for (List<RenderedCell> row : rows) {
            int height = 1;
            for (RenderedCell c : row) height = Math.max(height, wrap(c.text(), perLine * c.colSpan()).size());
            float h = height * SIZE * 1.3f + 4;
            if (y - h < BOTTOM) {
                rule(LEFT, y, WIDTH, LINE);
                newPage();
                firstOnPage = true;
            }
            float x = LEFT;
            for (RenderedCell c : row) {
                float w = col * c.colSpan();
                if (!c.continuesAbove() || firstOnPage) rule(x, y, w, LINE);
                rule(x, y, LINE, h);
                List<String> lines = wrap(c.continuesAbove() ? "" : c.text(), perLine * c.colSpan());
                for (int i = 0; i < lines.size(); i++) write(lines.get(i), x + 2, y - 2 - SIZE * (1.1f + 1.3f * i));
                x += w;
            }
            rule(x, y, LINE, h);
            y -= h;
            firstOnPage = false;
        }
        rule(LEFT, y, WIDTH, LINE);
        y -= SIZE;
    }

    /** A thin filled rectangle, as browsers draw borders; y is its top. */
    private void rule(float x, float top, float w, float h) throws IOException {
        out.addRect(x, top - h, w, h);
        out.fill();
    }

    private static List<String> wrap(String s, int perLine) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < s.length(); i += perLine) lines.add(s.substring(i, Math.min(s.length(), i + perLine)));
        if (lines.isEmpty()) lines.add("");
        return lines;
    }
}

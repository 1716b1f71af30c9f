package nianbao.document;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What one PDF page holds for table reading: its glyphs (text positions) and its ruling lines (thin filled
 * rectangles, as browsers and Word draw cell borders, or stroked lines). Coordinates are in points with y growing
 * downwards from the top of the page, as text is read.
 */
final class PdfPageContent {
    /** One character as placed: its box and text. */
    record Glyph(float x, float top, float width, float height, String text) {
        float centerX() {
            return x + width / 2;
        }

        float centerY() {
            return top + height / 2;
        }

        float bottom() {
            return top + height;
        }
    }

    /** A horizontal ({@code horizontal}: at {@code at}, from {@code from} to {@code to} along x) or vertical rule. */
    record Rule(boolean horizontal, float at, float from, float to) {
    }

    final List<Glyph> glyphs = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();

    /** Thickness up to which a filled rectangle is a line, in points. */
    private static final float LINE = 2.5f;

    /**
     * Fonts embedded by browsers often map ideographs to their look-alike radicals (⾏ U+2F8F for 行, ⼀ for 一);
     * the compatibility decomposition of those two blocks gives the ideograph. Nothing else is normalised: full-width
     * parentheses and digits are part of the official labels.
     */
    static String unifiedIdeographs(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u2E80' && c <= '\u2FDF') b.append(nianbao.core.text.Chars.fold(String.valueOf(c)));
            else b.append(c);
        }
        return b.toString();
    }

    static List<PdfPageContent> read(PDDocument document) throws IOException {
        List<PdfPageContent> pages = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) pages.add(new PdfPageContent());
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                String s = t.getUnicode();
                if (s == null || s.isBlank()) return;
                s = unifiedIdeographs(s);
                float h = Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.7f);
                pages.get(getCurrentPageNo() - 1).glyphs.add(new Glyph(t.getXDirAdj(), t.getYDirAdj() - h, t.getWidthDirAdj(), h, s));
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(document);
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDPage page = document.getPage(i);
            new RuleCollector(page, pages.get(i).rules).processPage(page);
        }
        return pages;
    }

    /** Collects the ruling lines of a page from its filled and stroked paths. */
    private static final class RuleCollector extends PDFGraphicsStreamEngine {
        private final List<Rule> out;
        private final float pageHeight;
        private final List<float[]> rects = new ArrayList<>();
        private final List<float[]> lines = new ArrayList<>();
        private Point2D.Float current = new Point2D.Float();

        RuleCollector(PDPage page, List<Rule> out) {
            super(page);
            this.out = out;
            this.pageHeight = page.getMediaBox().getUpperRightY();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            float x0 = (float) Math.min(p0.getX(), p2.getX()), x1 = (float) Math.max(p0.getX(), p2.getX());
            float y0 = (float) Math.min(p0.getY(), p2.getY()), y1 = (float) Math.max(p0.getY(), p2.getY());
            rects.add(new float[]{x0, pageHeight - y1, x1, pageHeight - y0});
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            lines.add(new float[]{current.x, pageHeight - current.y, x, pageHeight - y});
            current = new Point2D.Float(x, y);
        }

        @Override
        public void fillPath(int windingRule) {
            for (float[] r : rects) {
                float w = r[2] - r[0], h = r[3] - r[1];
                if (w <= LINE && h > LINE) out.add(new Rule(false, (r[0] + r[2]) / 2, r[1], r[3]));
                else if (h <= LINE && w > LINE) out.add(new Rule(true, (r[1] + r[3]) / 2, r[0], r[2]));
            }
            endPath();
        }

        @Override
        public void strokePath() {
            for (float[] l : lines) {
                if (Math.abs(l[1] - l[3]) < 0.5f) out.add(new Rule(true, l[1], Math.min(l[0], l[2]), Math.max(l[0], l[2])));
                else if (Math.abs(l[0] - l[2]) < 0.5f) out.add(new Rule(false, l[0], Math.min(l[1], l[3]), Math.max(l[1], l[3])));
            }
            for (float[] r : rects) {
                out.add(new Rule(true, r[1], r[0], r[2]));
                out.add(new Rule(true, r[3], r[0], r[2]));
                out.add(new Rule(false, r[0], r[1], r[3]));
                out.add(new Rule(false, r[2], r[1], r[3]));
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void endPath() {
            rects.clear();
            lines.clear();
        }

        @Override
        public void clip(int windingRule) {
            // Clipping paths are not drawn.
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            // A closed path adds no new segment we use.
        }

        @Override
        public void drawImage(PDImage pdImage) {
            // Images carry no text or rules.
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // Shadings carry no text or rules.
        }
    }
}

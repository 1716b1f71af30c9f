package nianbao.document;

import java.io.IOException;
import java.util.List;

/**
 * The one entry point to the document readers. Each reader (and the library behind it: jsoup, PDFBox) is loaded only
 * when a file of its kind is read, so checking text and the language server never pay for them.
 */
public final class DocumentReaders {
    private DocumentReaders() {
    }

    /**
     * The checker's text of a document, with its source places.
     *
     * @throws DocumentReadException the file is damaged, encrypted or not of the kind its name says
     * @throws UncheckableDocumentException a kind nianbao names but cannot read (.doc, .wps, .ofd), a PDF without text
     */
    public static ConvertedDocument read(DocumentKind kind, byte[] bytes) throws DocumentReadException, UncheckableDocumentException {
        DocumentContent content = switch (kind) {
            case DOCX -> DocxReportReader.read(bytes);
            case HTML -> readHtml(bytes);
            case PDF -> PdfReportReader.read(bytes);
            case DOC, WPS, OFD -> throw unsupported(kind);
        };
        return TabLayoutWriter.write(content);
    }

    /**
     * Writes new text into table cells of a .docx or .html file; everything else keeps its bytes. Cells that cannot
     * be found or written are counted in {@code missed[0]}.
     */
    public static byte[] rewriteCells(DocumentKind kind, byte[] bytes, List<CellTextChange> changes, int[] missed)
            throws DocumentReadException {
        return switch (kind) {
            case DOCX -> DocxCellRewriter.rewrite(bytes, changes, missed);
            case HTML -> HtmlCellRewriter.rewrite(bytes, changes, missed);
            default -> throw new DocumentReadException(kind.displayName() + "不能自动修复");
        };
    }

    /** Whether {@link #rewriteCells} can write into this kind of file. */
    public static boolean canRewriteCells(DocumentKind kind) {
        return kind == DocumentKind.DOCX || kind == DocumentKind.HTML;
    }

    private static DocumentContent readHtml(byte[] bytes) throws DocumentReadException {
        try {
            return HtmlReportReader.read(bytes);
        } catch (IOException | RuntimeException e) {
            throw new DocumentReadException("网页无法读取（" + e.getMessage() + "）");
        }
    }

    /** A file that is read but cannot be checked (a format nianbao cannot read, a scan); one finding says so. */
    public static final class UncheckableDocumentException extends Exception {
        private final String code;

        UncheckableDocumentException(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private static UncheckableDocumentException unsupported(DocumentKind kind) {
        return new UncheckableDocumentException(DocumentFindings.UNSUPPORTED_FORMAT, switch (kind) {
            case DOC -> "旧版 Word 文档（.doc）无法检查：请在 Word 或 WPS 中“另存为” Word 文档（.docx）后再检查";
            case WPS -> "WPS 文字文档（.wps）无法检查：请在 WPS 中“另存为” Word 文档（.docx）后再检查";
            case OFD -> "OFD 版式文件无法检查：请改用报告的 Word 文档（.docx）、网页或带文字层的 PDF";
            default -> kind.displayName() + "无法检查";
        });
    }
}

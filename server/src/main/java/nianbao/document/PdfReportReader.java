package nianbao.document;

/** Placeholder until the PDF reader lands: PDFs are refused with a clear message. */
final class PdfReportReader {
    private PdfReportReader() {
    }

    static DocumentContent read(byte[] bytes) throws DocumentReadException {
        throw new DocumentReadException("暂不支持读取 PDF 文件");
    }
}

package nianbao.document;

import java.util.Locale;
import java.util.Optional;

/** The kinds of files reports are published in, by file name extension. */
public enum DocumentKind {
    DOCX("Word 文档（.docx）", true),
    HTML("网页（.html）", true),
    PDF("PDF 文件", true),
    DOC("旧版 Word 文档（.doc）", false),
    WPS("WPS 文字文档（.wps）", false),
    OFD("OFD 版式文件（.ofd）", false);

    private final String displayName;
    private final boolean readable;

    DocumentKind(String displayName, boolean readable) {
        this.displayName = displayName;
        this.readable = readable;
    }

    public String displayName() {
        return displayName;
    }

    /** False for formats nianbao names but cannot read (.doc, .wps, .ofd). */
    public boolean readable() {
        return readable;
    }

    /** The kind a file name says, or empty for text files and anything else. */
    public static Optional<DocumentKind> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        return switch (name.substring(dot + 1)) {
            case "docx" -> Optional.of(DOCX);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "pdf" -> Optional.of(PDF);
            case "doc" -> Optional.of(DOC);
            case "wps" -> Optional.of(WPS);
            case "ofd" -> Optional.of(OFD);
            default -> Optional.empty();
        };
    }
}

package nianbao.lsp;

import java.util.List;

/**
 * How the client counts columns (LSP 3.17 {@code positionEncoding}). Java strings and the core count UTF-16 units,
 * so UTF-16 costs nothing; the others are converted in {@link Convert}.
 */
enum PositionEncoding {
    UTF8("utf-8"), UTF16("utf-16"), UTF32("utf-32");

    private final String id;

    PositionEncoding(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /**
     * UTF-16 when the client offers it (no conversion at all), else the first encoding the client lists that we
     * know. A client that says nothing gets UTF-16, which every client must support.
     */
    static PositionEncoding negotiate(List<String> offered) {
        if (offered == null || offered.isEmpty() || offered.contains(UTF16.id)) return UTF16;
        for (String name : offered) {
            for (PositionEncoding e : values()) {
                if (e.id.equalsIgnoreCase(name)) return e;
            }
        }
        return UTF16;
    }
}

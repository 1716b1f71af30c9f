package nianbao.lsp;

/**
 * Text for the client's snippet syntax (LSP {@code InsertTextFormat.Snippet}): literal text escaped, and tab stops
 * with default text. In plain mode the same calls give the text as it is, so templates are written once.
 */
final class Snippets {
    private final boolean snippet;

    private Snippets(boolean snippet) {
        this.snippet = snippet;
    }

    static Snippets snippet() {
        return new Snippets(true);
    }

    static Snippets plain() {
        return new Snippets(false);
    }

    boolean isSnippet() {
        return snippet;
    }

    /** Literal text. */
    String text(String text) {
        return snippet ? escape(text) : text;
    }

    /** A tab stop the author fills in, showing {@code defaultText} until then. */
    String placeholder(int index, String defaultText) {
        return snippet ? "${" + index + ":" + escape(defaultText) + "}" : defaultText;
    }

    /** Escapes the characters snippet syntax gives meaning to: {@code \ $ }}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '$' || c == '}') out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}

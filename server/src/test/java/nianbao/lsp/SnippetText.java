package nianbao.lsp;

/**
 * What a client inserts for a snippet (tests only): tab stop 1 gets the given agency name, the other placeholders
 * keep their default text, bare tab stops vanish, escapes are undone. Written independently of {@code Snippets}.
 */
final class SnippetText {
    private SnippetText() {
    }

    static String expand(String snippet, String agency) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < snippet.length()) {
            char c = snippet.charAt(i);
            if (c == '\\' && i + 1 < snippet.length()) {
                out.append(snippet.charAt(i + 1));
                i += 2;
            } else if (c == '$' && i + 1 < snippet.length() && snippet.charAt(i + 1) == '{') {
                int colon = snippet.indexOf(':', i);
                int index = Integer.parseInt(snippet.substring(i + 2, colon));
                StringBuilder value = new StringBuilder();
                int j = colon + 1;
                while (snippet.charAt(j) != '}') {
                    if (snippet.charAt(j) == '\\') j++;
                    value.append(snippet.charAt(j++));
                }
                out.append(index == 1 ? agency : value);
                i = j + 1;
            } else if (c == '$' && i + 1 < snippet.length() && Character.isDigit(snippet.charAt(i + 1))) {
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}

package nianbao.lsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;

/**
 * Client-side text handling for tests, written independently of the server's {@code Convert}: positions are
 * UTF-16 line/column, lines end at LF, CRLF or CR.
 */
final class TestText {
    private TestText() {
    }

    static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            if (c == '\n' || c == '\r') starts.add(i + 1);
        }
        return starts;
    }

    static int offset(String text, Position p) {
        List<Integer> starts = lineStarts(text);
        return starts.get(p.getLine()) + p.getCharacter();
    }

    /** Applies edits whose ranges all refer to the original text (as LSP workspace edits do). */
    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort((a, b) -> compare(b.getRange().getStart(), a.getRange().getStart()));
        String out = text;
        for (TextEdit e : ordered) {
            int start = offset(out, e.getRange().getStart());
            int end = offset(out, e.getRange().getEnd());
            out = out.substring(0, start) + e.getNewText() + out.substring(end);
        }
        return out;
    }

    /** Where {@code needle} first occurs on a line containing {@code lineMarker}: (line, UTF-16 column). */
    static Position find(String text, String lineMarker, String needle) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(lineMarker)) {
                int col = lines[i].indexOf(needle);
                if (col >= 0) return new Position(i, col);
            }
        }
        throw new AssertionError("no line with “" + lineMarker + "” containing “" + needle + "”");
    }

    static Position findLast(String text, String lineMarker, String needle) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(lineMarker)) {
                int col = lines[i].lastIndexOf(needle);
                if (col >= 0) return new Position(i, col);
            }
        }
        throw new AssertionError("no line with “" + lineMarker + "” containing “" + needle + "”");
    }

    static String line(String text, int line) {
        return text.split("\r\n|\r|\n", -1)[line];
    }

    static int lineOf(String text, String marker) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) return i;
        }
        throw new AssertionError("no line with “" + marker + "”");
    }
}

package nianbao.core.syntax;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.text.SourceText;

/**
 * Finds a table that has no cell separators in a section that should hold one (二, 三, 四) but has no tab, pipe or
 * cell line: columns aligned by spaces (text from PDF), or one cell per line without tabs (a Word table whose
 * tabs were dropped). Whether what was read can be checked is judged after binding, against the format.
 */
final class InferredTables {
    /** A line of prose is long and has no column gap, or ends a sentence. */
    private static final int PROSE_LENGTH = 40;
    /** Label pieces that follow a table's last value line are short. */
    private static final int MAX_TAIL_PIECE = 12;

    private InferredTables() {
    }

    /** The table in lines [from, to], or null when there is none to infer. */
    static Table find(SourceText source, int from, int to) {
        if (to < from) return null;
        List<TableTokens.LineTokens> tokens = new ArrayList<>(to - from + 1);
        for (int i = from; i <= to; i++) tokens.add(TableTokens.of(source, i));
        Table spaced = spaceAligned(source, tokens, from, to);
        if (spaced != null) return spaced;
        return CellLinesTableReader.find(source, tokens, from, to);
    }

    private static Table spaceAligned(SourceText source, List<TableTokens.LineTokens> tokens, int from, int to) {
        int first = -1;
        int last = -1;
        int valueLines = 0;
        int widest = 0;
        for (int i = from; i <= to; i++) {
            TableTokens.LineTokens t = tokens.get(i - from);
            if (!TableTokens.isValueLine(t) || isProse(source, t)) continue;
            valueLines++;
            widest = Math.max(widest, t.values().size());
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0 || valueLines < 2 && widest < 5) return null;
        int start = first;
        for (int i = first - 1; i >= from; i--) {
            TableTokens.LineTokens t = tokens.get(i - from);
            if (t.isEmpty()) {
                // One blank line may stand between a block heading and its header row.
                if (i - 1 < from || tokens.get(i - 1 - from).isEmpty() || isProse(source, tokens.get(i - 1 - from))) break;
                continue;
            }
            if (isProse(source, t)) break;
            start = i;
        }
        int end = last;
        for (int i = last + 1; i <= to && i - last <= 3; i++) {
            TableTokens.LineTokens t = tokens.get(i - from);
            if (t.hasValues() || t.texts().size() != 1) break;
            String piece = t.texts().get(0).text();
            if (piece.length() > MAX_TAIL_PIECE || TableTokens.isNumbered(piece)) break;
            end = i;
        }
        return SpaceAlignedTableReader.read(source, start, end);
    }

    static boolean isProse(SourceText source, TableTokens.LineTokens t) {
        String line = source.line(t.line()).strip();
        if (line.isEmpty()) return false;
        char lastChar = line.charAt(line.length() - 1);
        if (lastChar == '。' || lastChar == '；' || lastChar == ';' || lastChar == '：' || lastChar == ':') return true;
        return line.length() > PROSE_LENGTH && t.widestGap() < 2;
    }
}

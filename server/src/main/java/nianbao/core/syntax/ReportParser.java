package nianbao.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.core.text.Chars;
import nianbao.core.text.SourceText;
import nianbao.core.text.WordMarkers;

/**
 * Text to syntax tree. Never fails: any text gives a tree (possibly with no sections and no tables).
 * Sections start at recognised headings; inside them, runs of tab, pipe and cell lines become tables, the rest
 * paragraphs.
 */
public final class ReportParser {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9０-９][0-9０-９.,．，]*");
    /** A wrapped piece of a Word cell is short; a longer line after a table is prose. */
    private static final int MAX_CONTINUATION = 40;
    /** A web table's cell broken by <br> spans at most this many lines before its row's tab line. */
    private static final int MAX_CELL_PIECES = 5;
    /** Lines longer than this are searched for headings inside them (line breaks lost). */
    private static final int INLINE_HEADINGS_LENGTH = 150;

    /** Built once: it holds the official titles and row labels in canonical form. */
    private static final HeadingMatcher HEADINGS = new HeadingMatcher();

    public ReportSyntax parse(SourceText source) {
        int n = source.lineCount();
        LineKind[] kinds = LineKind.ofLines(source);
        Heading[] heads = new Heading[n];
        String text = source.text();
        for (int i = 0; i < n; i++) {
            nianbao.core.CheckCancellation.checkpoint(); // a superseded check stops within a line
            int start = source.lineStart(i);
            int end = source.lineContentEnd(i);
            // Only a short line can be a heading: longer ones are not copied out of the text.
            if (kinds[i] == LineKind.TEXT && end - start <= HeadingMatcher.MAX_LINE_LENGTH) {
                heads[i] = HEADINGS.match(i, start, text, start, end);
            }
        }
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (heads[i] != null) {
                headings.add(heads[i]);
            } else if (kinds[i] == LineKind.TEXT && source.lineContentEnd(i) - source.lineStart(i) > INLINE_HEADINGS_LENGTH) {
                // A report whose line breaks were lost: its headings stand inside one long line.
                List<Heading> inline = FlattenedText.inlineHeadings(source, i);
                if (inline.size() >= 2) headings.addAll(inline);
            }
        }
        int firstHeading = headings.isEmpty() ? n : headings.get(0).line();
        List<Block> preamble = blocks(source, kinds, 0, firstHeading - 1);
        List<Section> sections = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            Heading head = headings.get(h);
            int line = head.line();
            Heading next = h + 1 < headings.size() ? headings.get(h + 1) : null;
            List<Block> blocks = new ArrayList<>();
            int segmentEnd = next != null && next.line() == line ? next.start() : source.lineContentEnd(line);
            Block inline = inlineBlock(source, head, segmentEnd);
            if (inline != null) blocks.add(inline);
            if (next != null && next.line() == line) {
                sections.add(new Section(head, line, line, blocks));
                continue;
            }
            int last = next != null ? next.line() - 1 : n - 1;
            blocks.addAll(sectionBlocks(source, kinds, line + 1, last, head));
            sections.add(new Section(head, line, last, blocks));
        }
        return new ReportSyntax(source, preamble, sections, reportYear(source, firstHeading));
    }

    /** The text after a heading on its own line, when headings stand inline: a flattened table, or prose. */
    private static Block inlineBlock(SourceText source, Heading head, int segmentEnd) {
        String text = source.text();
        int from = Chars.skipSpaces(text, head.end(), segmentEnd);
        if (from >= Chars.trimEnd(text, from, segmentEnd)) return null;
        int section = head.sectionNumber();
        if (section >= 2 && section <= 4 && FlattenedText.isFlattenedSection(text, from, segmentEnd)) {
            return FlattenedText.table(source, head.line(), from, segmentEnd);
        }
        return new Paragraph(head.line(), head.line());
    }

    private static OptionalInt reportYear(SourceText source, int firstHeading) {
        int limit = Math.min(source.lineCount(), Math.max(firstHeading, 0) + 1);
        for (int i = 0; i < Math.min(limit, 12); i++) {
            String canon = Chars.canonical(source.line(i));
            if (!canon.contains("报告")) continue;
            Matcher m = YEAR.matcher(canon);
            if (m.find()) return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        return OptionalInt.empty();
    }

    /**
     * A section that should hold a table (二, 三, 四) but has no line with cell separators may hold one whose cells
     * are aligned by spaces or stand one per line: read it as such, the rest as usual.
     */
    private List<Block> sectionBlocks(SourceText source, LineKind[] kinds, int from, int to, Heading heading) {
        int section = heading.sectionNumber();
        Table inferred = null;
        if (section >= 2 && section <= 4 && !hasTableLine(kinds, from, to)) {
            inferred = InferredTables.find(source, from, to);
            if (inferred == null) inferred = flattenedLine(source, kinds, from, to);
        }
        if (inferred == null) return blocks(source, kinds, from, to);
        List<Block> out = new ArrayList<>(blocks(source, kinds, from, inferred.firstLine() - 1));
        out.add(inferred);
        out.addAll(blocks(source, kinds, inferred.lastLine() + 1, to));
        return out;
    }

    private static Table flattenedLine(SourceText source, LineKind[] kinds, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (kinds[i] != LineKind.TEXT) continue;
            int start = source.lineStart(i);
            if (FlattenedText.isFlattenedTable(source.text(), start, source.lineContentEnd(i))) {
                return FlattenedText.table(source, i, start, source.lineContentEnd(i));
            }
        }
        return null;
    }

    private static boolean hasTableLine(LineKind[] kinds, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (kinds[i].isTableLine()) return true;
        }
        return false;
    }

    /** Splits lines [from, to] into paragraphs and tables. */
    private List<Block> blocks(SourceText source, LineKind[] kinds, int from, int to) {
        List<Block> out = new ArrayList<>();
        int i = from;
        while (i <= to) {
            if (kinds[i] == LineKind.BLANK) {
                i++;
            } else if (kinds[i].isTableLine()) {
                int end = tableEnd(source, kinds, i, to);
                out.add(TableReader.read(source, kinds, i, end));
                i = end + 1;
            } else {
                int end = i;
                while (end + 1 <= to && kinds[end + 1] == LineKind.TEXT) end++;
                // A one-cell row has no separator: "第二十条第（一）项" on its own line right above a table is its
                // first row, not prose.
                boolean leadsTable = end + 1 <= to && kinds[end + 1].isTableLine() && isShort(source, end);
                if (leadsTable && end == i) {
                    int tableEnd = tableEnd(source, kinds, end + 1, to);
                    out.add(TableReader.read(source, kinds, i, tableEnd));
                    i = tableEnd + 1;
                    continue;
                }
                if (leadsTable) end--;
                out.add(new Paragraph(i, end));
                i = end + 1;
            }
        }
        return out;
    }

    /** Last line of the table starting at {@code start}: table lines, blanks between them, wrapped cell text. */
    private static int tableEnd(SourceText source, LineKind[] kinds, int start, int to) {
        int last = start;
        for (int i = start + 1; i <= to; i++) {
            LineKind k = kinds[i];
            if (k.isTableLine()) {
                last = i;
            } else if (k == LineKind.TEXT) {
                boolean shortLine = isShort(source, i);
                boolean wrapsCell = last == i - 1 && (kinds[i - 1] == LineKind.CELL || kinds[i - 1] == LineKind.TEXT)
                        && !(isNumber(cellContent(source.line(i - 1))) && !isNumber(cellContent(source.line(i))));
                if (shortLine && (wrapsCell || nextTableLineWithin(kinds, i + 1, to, 2) || piecesBeforeRow(source, kinds, i + 1, to))) {
                    last = i;
                } else {
                    break;
                }
            }
        }
        return last;
    }

    /** Word wraps a label onto the next line, or a value into an empty cell; never words after a number. */
    private static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    private static String cellContent(String line) {
        String visible = WordMarkers.strip(line);
        return visible.startsWith("\t") ? visible.substring(1).strip() : visible.strip();
    }

    /**
     * Measured without Word markers: a wrapped piece reads the same before and after NB404 removes them. A number is
     * a piece whatever its length: fix-all writes a sum as long as its parts, and the table must read the same after.
     */
    private static boolean isShort(SourceText source, int line) {
        String text = WordMarkers.strip(source.line(line));
        return Chars.trimEnd(text, 0, text.length()) <= MAX_CONTINUATION || isNumber(text.strip());
    }

    /** A web table's cell broken by <br> over short lines, its row's tabs on the last of them. */
    private static boolean piecesBeforeRow(SourceText source, LineKind[] kinds, int from, int to) {
        for (int i = from; i <= to && i <= from + MAX_CELL_PIECES; i++) {
            if (kinds[i] == LineKind.TAB_ROW) return true;
            if (kinds[i] != LineKind.TEXT || !isShort(source, i)) return false;
        }
        return false;
    }

    private static boolean nextTableLineWithin(LineKind[] kinds, int from, int to, int maxBlank) {
        int blanks = 0;
        for (int i = from; i <= to; i++) {
            if (kinds[i].isTableLine()) return true;
            if (kinds[i] != LineKind.BLANK || ++blanks > maxBlank) return false;
        }
        return false;
    }
}

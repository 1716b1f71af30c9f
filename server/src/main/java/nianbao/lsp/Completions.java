package nianbao.lsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import nianbao.core.CheckResult;
import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.format.FormatSpec;
import nianbao.core.format.FormatSpec.RowSpec;
import nianbao.core.format.TableKind;
import nianbao.core.syntax.ReportSyntax;
import nianbao.core.syntax.Section;
import nianbao.core.syntax.Table;
import nianbao.core.syntax.TableLayout;
import nianbao.core.text.SourceText;
import nianbao.core.write.TableTemplate;

/**
 * Completion, by where the cursor is:
 * <ul>
 *   <li>in an empty (or nearly empty) document: the whole report skeleton;</li>
 *   <li>in or just after a table: the next official row, with a 0 in each value cell, in the table's layout;</li>
 *   <li>at the start of a line: the six official section headings, and for 二, 三, 四 the heading with its table.</li>
 * </ul>
 * Each item replaces the cursor's line, so what the author typed there acts as the filter.
 */
final class Completions {
    /** A line longer than this is prose being written, not the start of a heading or a label. */
    private static final int MAX_TYPED = 40;
    /** Blank lines allowed between a table's last line and the cursor for the cursor to count as "after the table". */
    private static final int MAX_GAP = 1;

    private final boolean snippets;

    Completions(boolean snippets) {
        this.snippets = snippets;
    }

    List<CompletionItem> complete(Analysis analysis, Position position) {
        CheckResult result = analysis.result();
        Convert convert = analysis.convert();
        SourceText source = result.source();
        int line = convert.line(position);
        Cursor cursor = new Cursor(source, line, layoutOf(result.syntax()), source.dominantLineEnding());
        if (!cursor.typedLooksLikeLabel()) return List.of();
        List<CompletionItem> items = new ArrayList<>();
        if (isNearlyEmpty(result.syntax(), source, line)) items.add(skeleton(cursor, convert));
        items.addAll(nextRow(result, cursor, convert));
        // Also on a line already read as a heading: the author may be typing one, or correcting its numbering.
        if (!inTable(result.syntax(), line)) items.addAll(headings(result, cursor, convert));
        return items;
    }

    /** The line under the cursor and how text is written in this document. */
    private record Cursor(SourceText source, int line, TableLayout layout, String lineEnding) {
        String text() {
            return source.line(line);
        }

        String leadingSpace() {
            String t = text();
            int i = 0;
            while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
            return t.substring(0, i);
        }

        /** Nothing, or a few words without cell separators: something a heading or a row label could start with. */
        boolean typedLooksLikeLabel() {
            String typed = text().strip();
            return typed.length() <= MAX_TYPED && typed.indexOf('\t') < 0 && typed.indexOf('|') < 0;
        }

        boolean isBlank(int l) {
            return l < 0 || l >= source.lineCount() || source.line(l).isBlank();
        }
    }

    // ---- (a) the whole report ----

    /** No section and no table yet, and nothing written but (at most) the line being typed. */
    private static boolean isNearlyEmpty(ReportSyntax syntax, SourceText source, int line) {
        if (!syntax.sections().isEmpty() || !syntax.tables().isEmpty()) return false;
        for (int i = 0; i < source.lineCount(); i++) {
            if (i != line && !source.line(i).isBlank()) return false;
        }
        return true;
    }

    private CompletionItem skeleton(Cursor cursor, Convert convert) {
        Snippets out = snippets ? Snippets.snippet() : Snippets.plain();
        String text = ReportTemplate.skeleton(cursor.layout(), ReportTemplate.defaultYear(), out, cursor.lineEnding());
        CompletionItem item = item("政府信息公开工作年度报告（完整框架）", CompletionItemKind.Snippet,
                "标题、六个部分、三张统计表（各单元格为 0）", text, cursor, convert);
        item.setInsertTextFormat(snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
        item.setSortText("0");
        item.setPreselect(true);
        return item;
    }

    // ---- (b) section headings ----

    private List<CompletionItem> headings(CheckResult result, Cursor cursor, Convert convert) {
        FormatSpec spec = result.report().spec();
        int expected = nextSectionNumber(result.syntax(), cursor.line());
        List<CompletionItem> items = new ArrayList<>();
        for (FormatSpec.SectionSpec section : spec.sections) {
            String heading = section.officialHeading();
            CompletionItem plain = item(heading, CompletionItemKind.Module, "章节标题", heading, cursor, convert);
            plain.setSortText("2-" + section.number + "-0");
            plain.setPreselect(section.number == expected);
            items.add(plain);
            TableKind kind = TableKind.forSection(section.number);
            if (kind == null) continue;
            String text = ReportTemplate.sectionWithTable(spec, section.number, cursor.layout(), cursor.lineEnding())
                    + (cursor.isBlank(cursor.line() + 1) ? "" : cursor.lineEnding());
            CompletionItem withTable = item(heading + "（含统计表）", CompletionItemKind.Module,
                    "章节标题和统计表“" + spec.table(kind).name + "”（各单元格为 0）", text, cursor, convert);
            withTable.setFilterText(cursor.leadingSpace() + heading);
            withTable.setSortText("2-" + section.number + "-1");
            items.add(withTable);
        }
        return items;
    }

    /** The section that usually comes next at this line: one after the last heading above it. */
    private static int nextSectionNumber(ReportSyntax syntax, int line) {
        int last = 0;
        for (Section s : syntax.sections()) {
            if (s.firstLine() < line) last = s.heading().sectionNumber();
        }
        return Math.min(last + 1, 6);
    }

    // ---- (c) the next row of a table ----

    private List<CompletionItem> nextRow(CheckResult result, Cursor cursor, Convert convert) {
        Table table = tableAround(result.syntax(), cursor);
        if (table == null) return List.of();
        BoundTable bound = result.report().allTables().stream()
                .filter(t -> t.tables.stream().anyMatch(x -> x == table)).findFirst().orElse(null);
        if (bound == null) return List.of();
        BoundRow previous = null;
        for (BoundRow r : bound.rows) {
            if (r.spec == null || r.duplicate || r.row.lastLine() >= cursor.line()) continue;
            if (previous == null || r.row.lastLine() > previous.row.lastLine()) previous = r;
        }
        List<RowSpec> official = bound.officialRows();
        int index = 0;
        if (previous != null) {
            int at = official.indexOf(previous.spec);
            if (at < 0) return List.of();
            index = at + 1;
        }
        if (index >= official.size()) return List.of();
        RowSpec next = official.get(index);
        if (bound.rowById(next.id) != null) return List.of();
        List<List<String>> rows = TableTemplate.rowsToInsert(bound.spec, next, previous == null ? null : previous.spec);
        String text = ReportTemplate.rows(rows, table.layout(), cursor.lineEnding());
        if (table.layout() == TableLayout.CELL_PER_LINE) {
            // Rows of a Word table are separated by a blank line, before and after the new row.
            if (!cursor.isBlank(cursor.line() - 1)) text = cursor.lineEnding() + text;
            if (!cursor.isBlank(cursor.line() + 1)) text = text + cursor.lineEnding();
        }
        String label = next.label.isEmpty() ? bound.spec.name + "数值行" : next.label;
        String detail = bound.spec.name + " · " + (next.displayName().isEmpty() ? label : next.displayName())
                + "（" + TableTemplate.valueCount(bound.spec, next) + " 个数值" + (rows.size() > 1 ? "，含表头" : "") + "）";
        CompletionItem item = item(label, CompletionItemKind.Field, detail, text, cursor, convert);
        item.setSortText("1");
        item.setPreselect(true);
        return List.of(item);
    }

    /**
     * The table the cursor's line belongs to: a line inside the table, or the first line after it (one blank line
     * between is allowed, as Word tables separate rows by one).
     */
    private static Table tableAround(ReportSyntax syntax, Cursor cursor) {
        int line = cursor.line();
        for (Table t : syntax.tables()) {
            if (line > t.firstLine() && line <= t.lastLine()) {
                // A line of a row (a Word row spans several lines) is inside that row, not between two rows.
                boolean inRow = t.rows().stream().anyMatch(r -> r.firstLine() <= line && line <= r.lastLine());
                return inRow ? null : t;
            }
            if (line > t.lastLine() && line - t.lastLine() <= MAX_GAP + 1) {
                boolean gapBlank = true;
                for (int l = t.lastLine() + 1; l < line; l++) gapBlank &= cursor.isBlank(l);
                if (gapBlank) return t;
            }
        }
        return null;
    }

    private static boolean inTable(ReportSyntax syntax, int line) {
        return syntax.tables().stream().anyMatch(t -> t.firstLine() <= line && line <= t.lastLine());
    }

    private static TableLayout layoutOf(ReportSyntax syntax) {
        List<Table> tables = syntax.tables();
        return tables.isEmpty() ? TableLayout.TABS : tables.get(0).layout();
    }

    // ---- items ----

    /** An item replacing the cursor's whole line; the line's leading space is part of what filters it. */
    private static CompletionItem item(String label, CompletionItemKind kind, String detail, String text, Cursor cursor,
                                       Convert convert) {
        SourceText source = cursor.source();
        int start = source.lineStart(cursor.line());
        int end = source.lineContentEnd(cursor.line());
        CompletionItem item = new CompletionItem(label);
        item.setKind(kind);
        item.setDetail(detail);
        item.setFilterText(cursor.leadingSpace() + label);
        item.setInsertTextFormat(InsertTextFormat.PlainText);
        item.setTextEdit(Either.forLeft(new TextEdit(convert.range(start, end), text)));
        return item;
    }
}

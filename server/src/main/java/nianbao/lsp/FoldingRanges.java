package nianbao.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;

import nianbao.core.bind.BoundTable;
import nianbao.core.bind.LabelUse;
import nianbao.core.syntax.ReportSyntax;
import nianbao.core.syntax.Section;
import nianbao.core.text.SourceText;

/**
 * Folding: each section from its heading to its last line of text, and each table. A table that opens with the
 * title of its first block (table 二: 第二十条第（一）项 …) folds block by block instead: a range for the whole
 * table would start on that title line, and editors (sticky scroll, the folding gutter) would then show the later
 * blocks nested inside the first one.
 */
final class FoldingRanges {
    List<FoldingRange> ranges(Analysis analysis) {
        ReportSyntax syntax = analysis.result().syntax();
        SourceText source = analysis.result().source();
        List<FoldingRange> out = new ArrayList<>();
        for (Section s : syntax.sections()) {
            add(out, s.firstLine(), lastTextLine(source, s.firstLine(), s.lastLine()));
        }
        for (BoundTable t : analysis.result().report().allTables()) {
            TreeSet<Integer> blockTitles = new TreeSet<>();
            for (LabelUse use : t.labels) {
                if (use.kind() == LabelUse.Kind.BLOCK_HEADING) blockTitles.add(use.cell().line());
            }
            if (blockTitles.isEmpty() || blockTitles.first() != t.firstLine()) {
                add(out, t.firstLine(), t.lastLine());
                continue;
            }
            for (int title : blockTitles) {
                Integer next = blockTitles.higher(title);
                add(out, title, lastTextLine(source, title, next == null ? t.lastLine() : next - 1));
            }
        }
        return out;
    }

    private static void add(List<FoldingRange> out, int start, int end) {
        if (end <= start) return;
        FoldingRange range = new FoldingRange(start, end);
        range.setKind(FoldingRangeKind.Region);
        out.add(range);
    }

    /** The last line in {@code [first, last]} that is not blank (sections end with blank lines before the next). */
    static int lastTextLine(SourceText source, int first, int last) {
        int line = last;
        while (line > first && source.line(line).isBlank()) line--;
        return line;
    }
}

package nianbao.lsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;

import nianbao.core.syntax.ReportSyntax;
import nianbao.core.syntax.Section;
import nianbao.core.syntax.Table;
import nianbao.core.text.SourceText;

/** Folding: each section from its heading to its last line of text, and each table. */
final class FoldingRanges {
    List<FoldingRange> ranges(Analysis analysis) {
        ReportSyntax syntax = analysis.result().syntax();
        SourceText source = analysis.result().source();
        List<FoldingRange> out = new ArrayList<>();
        for (Section s : syntax.sections()) {
            add(out, s.firstLine(), lastTextLine(source, s.firstLine(), s.lastLine()));
        }
        for (Table t : syntax.tables()) add(out, t.firstLine(), t.lastLine());
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

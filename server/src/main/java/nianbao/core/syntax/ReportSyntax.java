package nianbao.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import nianbao.core.text.SourceText;

/**
 * The syntax tree of a report: the blocks before the first heading (title, preamble) and the sections.
 *
 * @param reportYear the year the title names ("2023年…年度报告"), if any
 */
public record ReportSyntax(SourceText source, List<Block> preamble, List<Section> sections, OptionalInt reportYear) {
    public ReportSyntax {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
    }

    /** Every table, wherever it stands. */
    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        for (Block b : preamble) {
            if (b instanceof Table t) out.add(t);
        }
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Table t) out.add(t);
            }
        }
        return out;
    }
}

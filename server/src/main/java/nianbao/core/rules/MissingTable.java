package nianbao.core.rules;

import java.util.List;
import java.util.stream.Collectors;

import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.diag.Severity;
import nianbao.core.format.FormatSpec.RowSpec;
import nianbao.core.format.TableKind;
import nianbao.core.syntax.Section;

/** NB105: sections 二, 三 and 四 hold their table, whole. */
final class MissingTable extends BaseRule {
    MissingTable() {
        super("NB105", Severity.ERROR, "第二、三、四部分缺少统计表，或表格不完整（被截断）");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Section s : ctx.syntax().sections()) {
            TableKind kind = TableKind.forSection(s.heading().sectionNumber());
            if (kind == null || ctx.report().table(kind).isPresent()) continue;
            ctx.report(ctx.range(s.heading().start(), s.heading().end()),
                    Names.section(ctx.spec(), kind.section()) + "中没有统计表“" + ctx.spec().table(kind).name
                            + "”（表格可能被删除，或以图片形式粘贴）");
        }
        for (BoundTable t : ctx.report().allTables()) {
            if (t.rows.isEmpty()) {
                reportNoDataRow(ctx, t);
                continue;
            }
            int from = t.truncatedFrom();
            if (from < 0) continue;
            List<RowSpec> official = t.officialRows();
            List<RowSpec> lost = official.subList(from, official.size());
            String names = lost.stream().limit(3).map(RowSpec::displayName).collect(Collectors.joining("、"))
                    + (lost.size() > 3 ? " 等" : "");
            ctx.report(ctx.lineRange(t.lastLine()), "表格“" + t.spec.name + "”在“" + official.get(from - 1).displayName()
                    + "”之后中断，缺少 " + lost.size() + " 行：" + names + cutRowNote(t));
        }
    }

    private static String cutRowNote(BoundTable t) {
        BoundRow cut = t.cutRow();
        if (cut == null) return "";
        return "；“" + cut.displayName() + "”行也不完整（只有 " + cut.foundValueCount + " 个数值，应有 " + cut.values.size()
                + " 个）";
    }

    /**
     * A table none of whose rows is an official row: cut right after its header, or not readable as this table
     * at all. One finding for the table; its rows get none of their own (see {@link RowStructure}).
     */
    private static void reportNoDataRow(RuleContext ctx, BoundTable t) {
        String first = t.officialRows().get(0).displayName();
        if (t.unknownRows.isEmpty()) {
            String expected = first.isEmpty() ? "" : "（应从“" + first + "”起共 " + t.officialRows().size() + " 行）";
            ctx.report(ctx.lineRange(t.lastLine()), "表格“" + t.spec.name + "”在表头之后中断，没有数据行" + expected
                    + "：表格可能被截断，请补全");
        } else {
            ctx.report(ctx.lineRange(t.firstLine()), "表格“" + t.spec.name + "”无法读取：其中 " + t.unknownRows.size()
                    + " 行都不是官方的行，请检查表格是否完整、单元格是否以制表符或“|”分隔");
        }
    }
}

package nianbao.lsp;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nianbao.core.format.FormatSpec;
import nianbao.core.format.FormatSpec.SectionSpec;
import nianbao.core.format.FormatVersion;
import nianbao.core.format.TableKind;
import nianbao.core.syntax.TableLayout;
import nianbao.core.write.TableTemplate;
import nianbao.core.write.TableWriter;

/**
 * Texts that completion and the {@code nianbao.reportTemplate} command insert, expanded from the templates under
 * {@code /nianbao/templates/} with the official wording of the format data.
 */
final class ReportTemplate {
    private ReportTemplate() {
    }

    /** The year a new report is usually about: the one that just ended. */
    static int defaultYear() {
        return Year.now().getValue() - 1;
    }

    /**
     * The whole report: title (agency and year as tab stops), the six official headings, the three tables with 0 in
     * every cell, placeholders for the prose of 一 and 五, and the 信息处理费 statement of 六.
     */
    static String skeleton(TableLayout layout, int year, Snippets out, String lineEnding) {
        FormatSpec spec = FormatSpec.load(FormatVersion.forReportYear(year));
        Map<String, String> values = new HashMap<>();
        values.put("title", TemplateFiles.expand("title.template", Map.of(
                "agency", out.placeholder(1, TemplateFiles.text("agency")),
                "year", out.placeholder(2, String.valueOf(year)))));
        for (SectionSpec section : spec.sections) {
            values.put("heading" + section.number, out.text(section.officialHeading()));
            TableKind kind = TableKind.forSection(section.number);
            if (kind != null) values.put("table" + section.number, out.text(table(spec, kind, layout)));
        }
        values.put("overview", out.placeholder(3, TemplateFiles.text("overview")));
        values.put("problems", out.placeholder(4, TemplateFiles.text("problems")));
        values.put("fees", out.text(TemplateFiles.text("fees")));
        return withLineEnding(TemplateFiles.expand("report.template", values), lineEnding);
    }

    /** A section heading followed by its table (sections 二, 三, 四). Plain text. */
    static String sectionWithTable(FormatSpec spec, int section, TableLayout layout, String lineEnding) {
        TableKind kind = TableKind.forSection(section);
        String text = TemplateFiles.expand("section-with-table.template", Map.of(
                "heading", spec.section(section).officialHeading(),
                "table", table(spec, kind, layout)));
        return withLineEnding(text, lineEnding);
    }

    /** Rows of a table, written in a layout. Plain text. */
    static String rows(List<List<String>> rows, TableLayout layout, String lineEnding) {
        return withLineEnding(TableWriter.write(rows, layout), lineEnding);
    }

    private static String table(FormatSpec spec, TableKind kind, TableLayout layout) {
        return TableWriter.write(TableTemplate.wholeTable(spec.table(kind)), layout);
    }

    private static String withLineEnding(String text, String lineEnding) {
        return "\n".equals(lineEnding) ? text : text.replace("\n", lineEnding);
    }
}

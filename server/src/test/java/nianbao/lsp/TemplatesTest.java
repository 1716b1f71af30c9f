package nianbao.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.format.FormatSpec;
import nianbao.core.format.FormatVersion;
import nianbao.core.format.TableKind;
import nianbao.core.syntax.Table;
import nianbao.core.syntax.TableLayout;
import nianbao.core.write.TableTemplate;

class TemplatesTest {
    @ParameterizedTest
    @EnumSource(value = TableLayout.class, names = "FLATTENED", mode = EnumSource.Mode.EXCLUDE)
    void skeletonIsACleanReportInEveryLayout(TableLayout layout) {
        String report = ReportTemplate.skeleton(layout, 2024, Snippets.plain(), "\n");
        CheckResult checked = Checker.check(report, CheckOptions.DEFAULT);
        assertEquals(List.of(), DiagnosticView.ofChecker(report));
        assertEquals(6, checked.syntax().sections().size());
        assertTrue(checked.syntax().tables().stream().map(Table::layout).allMatch(l -> l == layout));
    }

    @Test
    void skeletonUsesTheDocumentsLineEnding() {
        String report = ReportTemplate.skeleton(TableLayout.CELL_PER_LINE, 2024, Snippets.plain(), "\r\n");
        assertEquals(report.split("\n", -1).length - 1, report.split("\r\n", -1).length - 1, "every line ends with CRLF");
        assertEquals(List.of(), DiagnosticView.ofChecker(report));
    }

    @Test
    void skeletonForA2020ReportUsesThe2019Tables() {
        String report = ReportTemplate.skeleton(TableLayout.TABS, 2020, Snippets.plain(), "\n");
        assertTrue(report.contains("第二十条第（九）项"), "2019 has a fifth block");
        assertEquals(List.of(), DiagnosticView.ofChecker(report));
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.template", "title.template", "section-with-table.template"})
    void templateFilesUseNoSnippetSyntaxOutsideTheirPlaceholders(String name) {
        String literal = TemplateFiles.file(name).replaceAll("\\$\\{[a-z0-9]+}", "");
        assertTrue(Pattern.compile("[\\\\$}]").matcher(literal).results().findAny().isEmpty(),
                name + " would need escaping in a snippet: " + literal);
    }

    @Test
    void snippetTextIsEscapedAndPlaceholdersAreTabStops() {
        assertEquals("a\\$b\\}c\\\\d", Snippets.escape("a$b}c\\d"));
        assertEquals("${3:（说明\\}）}", Snippets.snippet().placeholder(3, "（说明}）"));
        assertEquals("（说明}）", Snippets.plain().placeholder(3, "（说明}）"));
    }

    @Test
    void tableRowsComeFromTheFormatDataInOfficialOrder() {
        FormatSpec spec = FormatSpec.load(FormatVersion.V2021);
        List<List<String>> rows = TableTemplate.wholeTable(spec.table(TableKind.REQUESTS));
        assertEquals(3 + spec.tables.requests.rows.size(), rows.size(), "three header rows, then the official rows");
        assertEquals(List.of("", "（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"), rows.get(3 + 4));
        assertEquals(List.of("", "", "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"), rows.get(3 + 5));
    }
}

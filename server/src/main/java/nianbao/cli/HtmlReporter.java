package nianbao.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nianbao.core.across.AgencyNames;
import nianbao.core.across.CrossYearRules;
import nianbao.core.across.ReportFigures;
import nianbao.core.across.ReportFigures.Figure;
import nianbao.core.across.ReportPairing;
import nianbao.core.across.YearPair;
import nianbao.core.across.YearReport;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Severity;
import nianbao.core.rules.Rules;

/**
 * {@code --format html}: one self-contained page for reviewers (inline CSS and SVG, no script, nothing fetched): the
 * key figures of all reports side by side with bar charts, last year beside this year for each pair, and per report
 * its error and warning counts and its findings grouped by rule, each with its line. The markup is well-formed XML
 * (XHTML-compatible), so tests read it back with an XML parser.
 */
final class HtmlReporter implements Reporter {
    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#222;max-width:1200px}
            h1{font-size:22px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #ccc}h3{font-size:15px;margin:12px 0 4px}
            table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #ccc;padding:4px 8px;text-align:right}
            th:first-child,td:first-child{text-align:left}.error{color:#b00020}.warning{color:#9a6700}.info,.hint{color:#0b5cad}
            li{margin:2px 0}.code{font-family:monospace;font-weight:bold}.counts span{margin-right:12px}
            .chart svg{font-size:12px}.bar{fill:#4a78b5}.bar-none{fill:#888}.changed{background:#fff3cd}
            figure{margin:12px 0}figcaption{font-weight:bold}
            """;

    @Override
    public void write(List<FileResult> results, PrintStream out) {
        List<YearReport> reports = new ArrayList<>();
        for (FileResult r : results) reports.add(new YearReport(r.input().displayName(), r.input().displayName(), r.result()));
        List<Map<Figure, BigDecimal>> figures = new ArrayList<>();
        for (FileResult r : results) figures.add(ReportFigures.of(r.result().report()));
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>政府信息公开工作年度报告检查结果</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n<h1>政府信息公开工作年度报告检查结果</h1>\n");
        long errors = results.stream().mapToLong(r -> r.result().count(Severity.ERROR)).sum();
        long warnings = results.stream().mapToLong(r -> r.result().count(Severity.WARNING)).sum();
        long infos = results.stream().mapToLong(r -> r.result().count(Severity.INFO) + r.result().count(Severity.HINT)).sum();
        b.append("<p class=\"summary\">检查了 ").append(results.size()).append(" 个文件：").append(errors).append(" 个错误，")
                .append(warnings).append(" 个警告，").append(infos).append(" 个提示</p>\n");
        figureTable(b, results, reports, figures);
        pairs(b, ReportPairing.of(reports, Map.of()));
        charts(b, results, figures);
        for (int i = 0; i < results.size(); i++) report(b, results.get(i), i);
        b.append("</body>\n</html>\n");
        out.print(b);
    }

    private static void figureTable(StringBuilder b, List<FileResult> results, List<YearReport> reports,
                                    List<Map<Figure, BigDecimal>> figures) {
        b.append("<h2>主要数字</h2>\n<table class=\"figures\">\n<thead><tr><th>文件</th><th>机关</th><th>年度</th><th>错误</th><th>警告</th>");
        for (Figure f : Figure.values()) b.append("<th>").append(HtmlEscaping.escape(f.label)).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            String file = r.input().displayName();
            b.append("<tr data-file=\"").append(HtmlEscaping.escape(file)).append("\"><td><a href=\"#").append(anchor(i)).append("\">")
                    .append(HtmlEscaping.escape(file)).append("</a></td><td>")
                    .append(HtmlEscaping.escape(AgencyNames.displayNameOf(r.result().syntax()).orElse(""))).append("</td><td>")
                    .append(reports.get(i).year().isPresent() ? String.valueOf(reports.get(i).year().getAsInt()) : "").append("</td>")
                    .append("<td class=\"error\">").append(r.result().count(Severity.ERROR)).append("</td><td class=\"warning\">")
                    .append(r.result().count(Severity.WARNING)).append("</td>");
            for (Figure f : Figure.values()) {
                BigDecimal v = figures.get(i).get(f);
                b.append("<td data-figure=\"").append(f.name()).append("\">").append(v == null ? "—" : HtmlEscaping.number(v)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void pairs(StringBuilder b, ReportPairing pairing) {
        if (pairing.pairs().isEmpty()) return;
        b.append("<h2>跨年度对比（上年 · 本年）</h2>\n");
        for (YearPair pair : pairing.pairs()) {
            Map<Figure, BigDecimal> before = ReportFigures.of(pair.previous().result().report());
            Map<Figure, BigDecimal> now = ReportFigures.of(pair.current().result().report());
            b.append("<table class=\"pair\" data-previous=\"").append(HtmlEscaping.escape(pair.previous().displayName()))
                    .append("\" data-current=\"").append(HtmlEscaping.escape(pair.current().displayName())).append("\">\n<thead><tr><th>")
                    .append(HtmlEscaping.escape(pair.current().agency().orElse(""))).append("</th><th>上年：")
                    .append(HtmlEscaping.escape(pair.previous().displayName())).append("</th><th>本年：")
                    .append(HtmlEscaping.escape(pair.current().displayName())).append("</th></tr></thead>\n<tbody>\n");
            for (Figure f : Figure.values()) {
                BigDecimal a = before.get(f);
                BigDecimal c = now.get(f);
                boolean changed = a != null && c != null && a.compareTo(c) != 0;
                b.append("<tr").append(changed ? " class=\"changed\"" : "").append("><td>").append(HtmlEscaping.escape(f.label))
                        .append("</td><td data-figure=\"").append(f.name()).append("\">").append(a == null ? "—" : HtmlEscaping.number(a))
                        .append("</td><td data-figure=\"").append(f.name()).append("\">").append(c == null ? "—" : HtmlEscaping.number(c))
                        .append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
    }

    private static void charts(StringBuilder b, List<FileResult> results, List<Map<Figure, BigDecimal>> figures) {
        if (results.isEmpty()) return;
        b.append("<h2>数字对比图</h2>\n");
        for (Figure f : Figure.values()) {
            List<HtmlBarChart.Bar> bars = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                bars.add(new HtmlBarChart.Bar(results.get(i).input().displayName(), figures.get(i).get(f)));
            }
            HtmlBarChart.write(b, f.label, f.name(), bars);
        }
    }

    private static void report(StringBuilder b, FileResult r, int index) {
        String file = r.input().displayName();
        b.append("<section class=\"report\" id=\"").append(anchor(index)).append("\" data-file=\"").append(HtmlEscaping.escape(file))
                .append("\">\n<h2>").append(HtmlEscaping.escape(file)).append("</h2>\n<p class=\"counts\"><span class=\"error\">错误 ")
                .append(r.result().count(Severity.ERROR)).append("</span><span class=\"warning\">警告 ")
                .append(r.result().count(Severity.WARNING)).append("</span><span class=\"info\">提示 ")
                .append(r.result().count(Severity.INFO) + r.result().count(Severity.HINT)).append("</span></p>\n");
        if (r.result().diagnostics().isEmpty()) b.append("<p>未发现问题。</p>\n");
        Map<String, List<Diagnostic>> byRule = new LinkedHashMap<>();
        r.result().diagnostics().stream().sorted(java.util.Comparator.comparing(Diagnostic::code))
                .forEach(d -> byRule.computeIfAbsent(d.code(), k -> new ArrayList<>()).add(d));
        byRule.forEach((code, list) -> {
            b.append("<h3><span class=\"code\">").append(HtmlEscaping.escape(code)).append("</span> ").append(HtmlEscaping.escape(summary(code)))
                    .append("（").append(list.size()).append("）</h3>\n<ul>\n");
            for (Diagnostic d : list) {
                b.append("<li class=\"").append(d.severity().id()).append("\" data-code=\"").append(HtmlEscaping.escape(d.code()))
                        .append("\" data-line=\"").append(d.range().startLine() + 1).append("\" data-column=\"")
                        .append(d.range().startColumn() + 1).append("\">第 ").append(d.range().startLine() + 1).append(" 行：<span class=\"message\">")
                        .append(HtmlEscaping.escape(d.message())).append("</span></li>\n");
            }
            b.append("</ul>\n");
        });
        b.append("</section>\n");
    }

    private static String summary(String code) {
        return Rules.byCode(code).map(r -> r.summary())
                .or(() -> CrossYearRules.byCode(code).map(r -> r.summary())).orElse("");
    }

    private static String anchor(int index) {
        return "report-" + (index + 1);
    }
}

package nianbao.lsp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;

/**
 * Time from didChange to publishDiagnostics, debounce 0, through a real LSP4J client over in-memory pipes: what
 * the author waits for after typing, minus the debounce. Each run types into the 总计 cell of table 三 (toggling it
 * between right and wrong, so every check has work to do) and waits for the diagnostics of that version. Also
 * prints the bare {@link Checker#check} time on the same text, to show what the protocol adds.
 *
 * <p>Not a unit test. Run after {@code mvn -o test-compile}:
 * <pre>java -cp server/target/test-classes:server/target/classes:$(deps) nianbao.lsp.DiagnosticLatencyBenchmark [runs]</pre>
 */
public final class DiagnosticLatencyBenchmark {
    private static final String URI = "file:///bench/report.txt";
    private static final String MARKER = "一、本年新收政府信息公开申请数量";

    private DiagnosticLatencyBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 41;
        report("~10 KB report", grow(10 * 1024), runs, 20);
        report("~1 MB document", grow(1024 * 1024), Math.max(5, runs / 2), 5);
        System.exit(0);
    }

    /** The fixture report with section 一 grown by prose paragraphs until the text reaches {@code bytes} in UTF-8. */
    static String grow(int bytes) {
        String base = LspSession.resource("wrong-total-tabs.txt");
        String anchor = "（五）监督保障。将政务公开纳入年度考核，组织业务培训2次。\n";
        StringBuilder prose = new StringBuilder();
        int size = base.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 1; size < bytes; i++) {
            String paragraph = "第" + i + "项：星湖区民政局持续完善养老服务信息公开，按月发布养老机构名录、收费标准和服务质量评估结果，"
                    + "并在社区公告栏同步张贴，方便老年人及其家属查询。\n";
            prose.append(paragraph);
            size += paragraph.getBytes(StandardCharsets.UTF_8).length;
        }
        return base.replace(anchor, anchor + prose);
    }

    private static void report(String name, String text, int runs, int warmup) {
        List<Double> lsp = new ArrayList<>();
        try (LspSession session = new LspSession()) {
            session.initialize();
            session.open(URI, "nianbao", text);
            session.diagnostics(URI, 1);
            for (int i = 0; i < warmup + runs; i++) {
                Position total = TestText.findLast(session.text(URI), MARKER, i % 2 == 0 ? "20" : "19");
                Range cell = new Range(total, new Position(total.getLine(), total.getCharacter() + 2));
                long start = System.nanoTime();
                int version = session.change(URI, List.of(new TextEdit(cell, i % 2 == 0 ? "19" : "20")));
                session.diagnostics(URI, version);
                if (i >= warmup) lsp.add((System.nanoTime() - start) / 1e6);
            }
        }
        List<Double> core = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            Checker.check(text, CheckOptions.DEFAULT);
            if (i >= warmup) core.add((System.nanoTime() - start) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%-15s %8d bytes %6d lines  didChange→publishDiagnostics: median %7.2f ms, p90 %7.2f ms, min %7.2f ms"
                        + "  (Checker.check alone: median %7.2f ms)  runs=%d%n",
                name, text.getBytes(StandardCharsets.UTF_8).length, text.split("\n", -1).length,
                percentile(lsp, 50), percentile(lsp, 90), percentile(lsp, 0), percentile(core, 50), runs);
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.round(p / 100.0 * (sorted.size() - 1))));
    }
}

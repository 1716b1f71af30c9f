package nianbao.core.rules.prose;

import java.util.Arrays;
import java.util.List;

import nianbao.core.Checker;
import nianbao.core.bind.ReportBinder;
import nianbao.core.config.CheckOptions;
import nianbao.core.rules.Rule;
import nianbao.core.rules.RuleRunner;
import nianbao.core.rules.Rules;
import nianbao.core.syntax.ReportParser;
import nianbao.core.syntax.ReportSyntax;
import nianbao.core.text.SourceText;
import nianbao.testing.Fixtures;

/**
 * Timing of the prose rules on large inputs (not a test: figures for the report). Run with
 * {@code java -cp server/target/test-classes:server/target/nianbao.jar nianbao.core.rules.prose.ProseScanBenchmark}.
 * Prints medians of repeated runs: the whole check, the prose rules (parse and bind included, a fresh index each
 * run), and the prose scan alone (index and statements).
 */
public final class ProseScanBenchmark {
    private static final int RUNS = 7;

    private ProseScanBenchmark() {
    }

    public static void main(String[] args) {
        String base = Fixtures.text("NB403-prose-numbers.txt");
        String sentence = "全年共受理政府信息公开申请19件，予以公开10件，占52.6%；行政复议2件、行政诉讼1件，均获维持。"
                + "本年制发行政规范性文件3件，废止1件，资金资金管理,一是加强，三是完善。\n";
        String oneMb = base.replace("（三）政府信息管理。", sentence.repeat(1_000_000 / sentence.length()) + "（三）政府信息管理。");
        String digits16k = base.replace("（三）政府信息管理。", "收到申请" + "7".repeat(16_000) + "件。（三）政府信息管理。");
        String digits64k = base.replace("（三）政府信息管理。", "收到申请" + "7".repeat(64_000) + "件。（三）政府信息管理。");
        List<Rule> prose = Rules.all().stream().filter(r -> r.code().equals("NB403") || r.code().compareTo("NB405") >= 0).toList();
        for (String[] c : new String[][]{{"10 KB report", base}, {"1 MB of prose", oneMb},
                {"16,000 digits", digits16k}, {"64,000 digits", digits64k}}) {
            ReportSyntax syntax = new ReportParser().parse(new SourceText(c[1]));
            System.out.printf("%-16s whole check %8.1f ms   prose rules %8.1f ms   prose scan alone %8.1f ms%n", c[0],
                    median(() -> Checker.check(c[1], CheckOptions.DEFAULT)),
                    median(() -> RuleRunner.run(ReportBinder.bind(new ReportParser().parse(new SourceText(c[1])), null), prose)),
                    median(() -> ProseIndex.build(syntax).claims(2024)));
        }
    }

    private static double median(Runnable r) {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}

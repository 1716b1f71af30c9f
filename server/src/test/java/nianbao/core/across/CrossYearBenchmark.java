package nianbao.core.across;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.testing.Fixtures;

/**
 * In-process cost of the cross-year step beside the checks it follows: 1,000 reports (500 agencies × two years, the
 * clean pairs in three layouts, renamed), each round timing the single-report checks (A) and then the pairing and
 * cross-year rules on their results (B − A), alternately; prints medians and the median ratio (A + cross-year) / A.
 * Run: {@code java -cp server/target/test-classes:server/target/nianbao.jar nianbao.core.across.CrossYearBenchmark}
 */
public final class CrossYearBenchmark {
    private CrossYearBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        String[] layouts = {"tabs", "word", "pipes"};
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            Path pair = Path.of("server/src/test/resources/fixtures/across/clean-pair-" + layouts[i % 3]);
            if (!pair.toFile().isDirectory()) pair = Fixtures.dir().resolve("across/clean-pair-" + layouts[i % 3]);
            texts.add(Fixtures.decode(pair.resolve("last-year.txt")).text().replace("星湖区民政局", "星湖区第" + i + "局"));
            texts.add(Fixtures.decode(pair.resolve("this-year.txt")).text().replace("星湖区民政局", "星湖区第" + i + "局"));
        }
        double[] check = new double[rounds];
        double[] across = new double[rounds];
        double[] ratio = new double[rounds];
        int findings = 0;
        for (int round = -2; round < rounds; round++) {
            long t0 = System.nanoTime();
            List<YearReport> reports = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                CheckResult r = Checker.check(texts.get(i), CheckOptions.DEFAULT);
                reports.add(new YearReport("report-" + i, "report-" + i, r));
            }
            long t1 = System.nanoTime();
            ReportPairing pairing = ReportPairing.of(reports, Map.of());
            Map<YearReport, List<nianbao.core.diag.Diagnostic>> found = CrossYearChecker.findings(pairing, reports, r -> CheckOptions.DEFAULT);
            long t2 = System.nanoTime();
            if (pairing.pairs().size() != 500) throw new IllegalStateException("pairs: " + pairing.pairs().size());
            findings = found.size();
            if (round < 0) continue; // warm-up
            check[round] = (t1 - t0) / 1e6;
            across[round] = (t2 - t1) / 1e6;
            ratio[round] = (check[round] + across[round]) / check[round];
        }
        System.out.printf("1,000 reports, 500 pairs, %d reports with cross-year findings%n", findings);
        System.out.printf("single-report checks: median %.1f ms; cross-year step: median %.1f ms; median ratio %.4f over %d rounds%n",
                median(check), median(across), median(ratio), rounds);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}

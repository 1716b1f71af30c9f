package nianbao.lsp;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;

/**
 * Issue 8, point 8: time and memory of the check on large and hostile documents, and a small document checked while
 * a 20 MB one is. Not a test (speed is the machine's): run it after {@code mvn -B package} with
 * <pre>java -Xmx1g -cp server/target/test-classes:server/target/nianbao.jar nianbao.lsp.LargeDocumentBenchmark</pre>
 * and it prints one line per figure: wall median (and CPU time of the checking thread, which a loaded machine does
 * not inflate), and for memory the heap the result keeps, as a multiple of the document's size in UTF-8. The "peak"
 * heap figure counts garbage not yet collected (it follows the collector's sizing more than the check); the
 * {@link MinimumHeap} lines are the smallest {@code -Xmx} with which a JVM can make the text and check it, minus the
 * smallest with which it can only make the text: the heap the check needs.
 */
public final class LargeDocumentBenchmark {
    private LargeDocumentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("--")) {
            MinimumHeap.main(args);
            return;
        }
        String report = LspSession.resource("wrong-total-tabs.txt");
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        System.out.println("load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        time("1 MB report text (prose grown)", DiagnosticLatencyBenchmark.grow(1024 * 1024), runs, 5);
        time("1.2 MB, section 三's table repeated 500 times", tableRepeated(report, 500), runs, 3);
        time("a prose line of 50,000 [bookmark: _GoBack]", proseLine(report, "[bookmark: _GoBack]".repeat(50_000)), runs, 3);
        time("a prose line of 1,000,000 digits", proseLine(report, "1234567890".repeat(100_000)), runs, 3);
        String huge = DiagnosticLatencyBenchmark.grow(20 * 1024 * 1024);
        time("20 MB report text (prose grown)", huge, 3, 1);
        heap("heap of one check, 20 MB report text", huge);
        heap("heap of one check, 1.2 MB repeated table", tableRepeated(report, 500));
        MinimumHeap.main(new String[] {"--minimum-heap"});
        concurrency(report, huge, "while a 20 MB report of the same agency and year is checked");
        // Another agency's report: no cross-year pairing with the small one, so only the pool and the machine are shared.
        concurrency(report, huge.replaceFirst("星湖区民政局", "云岭区农业农村局"), "while another agency's 20 MB report is checked");
        System.exit(0);
    }

    static String tableRepeated(String report, int times) {
        int from = report.indexOf("三、收到和处理政府信息公开申请情况");
        int to = report.indexOf("四、政府信息公开行政复议");
        return report.substring(0, from) + report.substring(from, to).repeat(times) + report.substring(to);
    }

    static String proseLine(String report, String line) {
        String anchor = "一、总体情况\n";
        int at = report.indexOf(anchor) + anchor.length();
        return report.substring(0, at) + line + "\n\n" + report.substring(at);
    }

    private static void time(String name, String text, int runs, int warmup) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) Checker.check(text, CheckOptions.DEFAULT);
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            Checker.check(text, CheckOptions.DEFAULT);
            wall.add((System.nanoTime() - t) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
        }
        System.out.printf("%-55s %6.2f MB  median %8.1f ms wall, %8.1f ms CPU (%d runs)%n", name,
                text.getBytes(StandardCharsets.UTF_8).length / 1e6, median(wall), median(cpu), runs);
    }

    /** The heap a check needs above what was in use before it (the text itself included in the latter). */
    private static void heap(String name, String text) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = usedAfterGc(memory);
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        CheckResult kept = Checker.check(text, CheckOptions.DEFAULT);
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long after = usedAfterGc(memory);
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("%-55s %6.2f MB  peak %.1f MB above the text = %.1f× the document; %.1f MB kept by the result"
                        + " (%d findings)%n", name, bytes / 1e6, (peak - before) / 1e6, (double) (peak - before) / bytes,
                (after - before) / 1e6, kept.diagnostics().size());
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** A small report's diagnostics, alone and while a 20 MB document's check runs in the same server. */
    private static void concurrency(String report, String huge, String beside) {
        String small = "file:///bench/small.txt";
        String big = "file:///bench/huge.txt";
        List<Double> alone = new ArrayList<>();
        List<Double> besideTimes = new ArrayList<>();
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(small, "nianbao", report);
            lsp.diagnostics(small, 1);
            for (int i = 0; i < 5; i++) alone.add(change(lsp, small));
            lsp.open(big, "nianbao", huge);
            for (int i = 0; i < 5; i++) {
                besideTimes.add(change(lsp, small));
                // Keep the huge document busy: a new version, checked again.
                lsp.change(big, List.of(new org.eclipse.lsp4j.TextEdit(new org.eclipse.lsp4j.Range(
                        new org.eclipse.lsp4j.Position(0, 0), new org.eclipse.lsp4j.Position(0, 0)), " ")));
            }
        }
        System.out.printf("%-55s %6s     median %8.1f ms alone, %8.1f ms %s%n",
                "small report didChange → publishDiagnostics", "", median(alone), median(besideTimes), beside);
    }

    private static double change(LspSession lsp, String uri) {
        long t = System.nanoTime();
        int version = lsp.change(uri, List.of(new org.eclipse.lsp4j.TextEdit(new org.eclipse.lsp4j.Range(
                new org.eclipse.lsp4j.Position(0, 0), new org.eclipse.lsp4j.Position(0, 0)), "")));
        lsp.diagnostics(uri, version);
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

package nianbao.lsp;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;

/**
 * The heap a check needs, measured as the JVM would feel it: the smallest {@code -Xmx} (serial collector, 256 KB
 * steps, found by bisection over child JVMs) with which the text can be made and checked, minus the smallest with
 * which it can only be made. Unlike the peak of the heap pools, this does not count garbage the collector had not
 * yet had a reason to collect. Part of {@link LargeDocumentBenchmark}; a child JVM runs
 * {@code LargeDocumentBenchmark --check <case>} or {@code --text <case>} and exits 0 if it had heap enough;
 * {@code LargeDocumentBenchmark --minimum-heap} prints these figures alone.
 */
final class MinimumHeap {
    private MinimumHeap() {
    }

    /** {@code --minimum-heap}: only these figures; {@code --check NAME} / {@code --text NAME}: one child run. */
    static void main(String[] args) throws IOException, InterruptedException {
        if (args[0].equals("--minimum-heap")) {
            report("1.2 MB repeated table", "table");
            report("a prose line of 50,000 bookmarks", "bookmarks");
            report("a prose line of 1,000,000 digits", "digits");
            report("1 MB report text", "prose");
            report("20 MB report text", "huge");
            return;
        }
        String text = text(args[1]);
        if (args[0].equals("--check")) {
            CheckResult result = Checker.check(text, CheckOptions.DEFAULT);
            // The result stays reachable until here: what it keeps counts too.
            System.exit(result.diagnostics().isEmpty() && text.isEmpty() ? 1 : 0);
        }
        System.exit(text.isEmpty() ? 1 : 0);
    }

    static String text(String name) {
        return switch (name) {
            case "table" -> LargeDocumentBenchmark.tableRepeated(LspSession.resource("wrong-total-tabs.txt"), 500);
            case "huge" -> DiagnosticLatencyBenchmark.grow(20 * 1024 * 1024);
            case "prose" -> DiagnosticLatencyBenchmark.grow(1024 * 1024);
            case "bookmarks" -> LargeDocumentBenchmark.proseLine(LspSession.resource("wrong-total-tabs.txt"),
                    "[bookmark: _GoBack]".repeat(50_000));
            case "digits" -> LargeDocumentBenchmark.proseLine(LspSession.resource("wrong-total-tabs.txt"),
                    "1234567890".repeat(100_000));
            default -> throw new IllegalArgumentException(name);
        };
    }

    static void report(String label, String name) throws IOException, InterruptedException {
        int withCheck = smallestHeap("--check", name);
        int textOnly = smallestHeap("--text", name);
        long bytes = text(name).getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("%-55s %6.2f MB  smallest -Xmx: %.2f MB to check, %.2f MB to make the text: the check needs"
                + " %.2f MB = %.1f× the document%n", "minimum heap of one check, " + label, bytes / 1e6, withCheck / 1024.0,
                textOnly / 1024.0, (withCheck - textOnly) / 1024.0, (withCheck - textOnly) * 1024.0 / bytes);
    }

    /** Bisection between a heap that fails and one that works, in KB, to 256 KB. */
    private static int smallestHeap(String mode, String name) throws IOException, InterruptedException {
        int low = 2048;
        int high = 1024 * 1024;
        while (high - low > 256) {
            int mid = (low + high) / 2 / 256 * 256;
            if (runs(mode, name, mid)) high = mid; else low = mid;
        }
        return high;
    }

    private static boolean runs(String mode, String name, int kilobytes) throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + kilobytes + "k", "-Xms2m",
                "-XX:+UseSerialGC", "-Xshare:off", "-cp", System.getProperty("java.class.path"),
                LargeDocumentBenchmark.class.getName(), mode, name));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor() == 0;
    }
}

package nianbao.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nianbao.core.config.CheckOptions;
import nianbao.core.text.TextDecoder;

/**
 * A warm {@link Checker#check} of a ~10 KB report against what merely reading the same bytes costs (decoding them
 * with {@link TextDecoder} and splitting the text into lines): the ratio says how much a check adds to the least
 * any tool must do. Both run alternately in the same rounds (A, B, A, B…) so that a noisy machine slows both
 * alike; the figures are medians per round. Allocation is measured with the JVM's per-thread allocation counter.
 *
 * <p>Not a unit test. Run after {@code mvn -B -q package -DskipTests}:
 * <pre>java -cp server/target/test-classes:server/target/nianbao.jar nianbao.core.WarmCheckBenchmark [rounds] [file]</pre>
 * ({@code --write FILE [BYTES]} writes the report, 10 KB by default, and exits). The default text is the fixture report grown with prose to 10 KB.
 */
public final class WarmCheckBenchmark {
    private WarmCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("--write")) {
            // The benchmark scripts use the same report: 10 KB, or the size given in bytes.
            int size = args.length > 2 ? Integer.parseInt(args[2]) : 10 * 1024;
            java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), grow(size));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        byte[] bytes = args.length > 1 ? java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[1]))
                : grow(10 * 1024).getBytes(StandardCharsets.UTF_8);
        String text = TextDecoder.decode(bytes).text();
        int perRound = 200;
        // Warm-up: let the JIT compile both paths fully before measuring.
        for (int i = 0; i < 3_000; i++) {
            Checker.check(text, CheckOptions.DEFAULT);
            decodeAndSplit(bytes);
        }
        double[] check = new double[rounds];
        double[] read = new double[rounds];
        double[] checkCpu = new double[rounds];
        double[] readCpu = new double[rounds];
        long[] checkAlloc = new long[rounds];
        long[] readAlloc = new long[rounds];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        int sink = 0;
        for (int r = 0; r < rounds; r++) {
            long a0 = threads.getThreadAllocatedBytes(self);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) sink += Checker.check(text, CheckOptions.DEFAULT).diagnostics().size();
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            long a1 = threads.getThreadAllocatedBytes(self);
            for (int i = 0; i < perRound; i++) sink += decodeAndSplit(bytes).size();
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            long a2 = threads.getThreadAllocatedBytes(self);
            checkCpu[r] = (c1 - c0) / 1e3 / perRound;
            readCpu[r] = (c2 - c1) / 1e3 / perRound;
            check[r] = (t1 - t0) / 1e3 / perRound;
            read[r] = (t2 - t1) / 1e3 / perRound;
            checkAlloc[r] = (a1 - a0) / perRound;
            readAlloc[r] = (a2 - a1) / perRound;
        }
        double c = median(check);
        double d = median(read);
        long ca = medianLong(checkAlloc);
        long da = medianLong(readAlloc);
        System.out.printf(Locale.ROOT, "input: %d bytes, %d lines; %d rounds of %d (sink %d)%n",
                bytes.length, decodeAndSplit(bytes).size(), rounds, perRound, sink & 1);
        double cc = median(checkCpu);
        double dc = median(readCpu);
        System.out.printf(Locale.ROOT, "decode+split (baseline): median %8.1f µs wall, %8.1f µs CPU, allocates %8d bytes (%.1f× input)%n",
                d, dc, da, (double) da / bytes.length);
        System.out.printf(Locale.ROOT, "warm check:              median %8.1f µs wall, %8.1f µs CPU, allocates %8d bytes (%.1f× input)%n",
                c, cc, ca, (double) ca / bytes.length);
        System.out.printf(Locale.ROOT, "ratio check / decode+split: %.1f× wall, %.1f× CPU (target ≤ 10×); allocation %.1f× input (target ≤ 10×)%n",
                c / d, cc / dc, (double) ca / bytes.length);
    }

    /** The least a reader of the file does: decode (charset detection included) and cut the text into lines. */
    static List<String> decodeAndSplit(byte[] bytes) {
        String text;
        try {
            text = TextDecoder.decode(bytes).text();
        } catch (TextDecoder.NotTextException e) {
            throw new IllegalStateException(e);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                lines.add(text.substring(start, i));
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** The LSP fixture report with wrong totals, section 一 grown by prose paragraphs to {@code size} UTF-8 bytes. */
    static String grow(int size) {
        String base;
        try (InputStream in = WarmCheckBenchmark.class.getResourceAsStream("/nianbao/lsp/wrong-total-tabs.txt")) {
            base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String anchor = "（五）监督保障。将政务公开纳入年度考核，组织业务培训2次。\n";
        StringBuilder prose = new StringBuilder();
        int length = base.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 1; length < size; i++) {
            String paragraph = "第" + i + "项：星湖区民政局持续完善养老服务信息公开，按月发布养老机构名录、收费标准和服务质量评估结果，"
                    + "并在社区公告栏同步张贴，方便老年人及其家属查询。\n";
            prose.append(paragraph);
            length += paragraph.getBytes(StandardCharsets.UTF_8).length;
        }
        return base.replace(anchor, anchor + prose);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long medianLong(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

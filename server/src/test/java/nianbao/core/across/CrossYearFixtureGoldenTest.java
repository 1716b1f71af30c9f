package nianbao.core.across;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.RelatedLocation;
import nianbao.testing.Fixtures;

/**
 * The cross-year fixtures: each folder of {@code fixtures/across} holds reports of the fictional 青禾市星湖区民政局
 * (last year's and this year's, in one table layout) checked together; {@code findings.expected} is the golden
 * rendering of every file's findings, cross-year findings with their related locations in the other file. Every
 * cross-year rule has folders named after its code (one per layout) that report it; the clean pairs report nothing.
 * Regenerate with {@code -Dnianbao.updateGolden=true}.
 */
class CrossYearFixtureGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("nianbao.updateGolden");
    private static final String GOLDEN = "findings.expected";

    static List<Path> folders() {
        try (Stream<Path> s = Files.list(Fixtures.dir().resolve("across"))) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every report of a folder, checked together: file name → result with the cross-year findings added. */
    static Map<String, CheckResult> checkFolder(Path folder) throws IOException {
        List<YearReport> reports = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                reports.add(new YearReport(name, name, Checker.check(Fixtures.decode(p).text(), CheckOptions.DEFAULT)));
            }
        }
        ReportPairing pairing = ReportPairing.of(reports, Map.of());
        Map<YearReport, List<Diagnostic>> found = CrossYearChecker.findings(pairing, reports, r -> CheckOptions.DEFAULT);
        Map<String, CheckResult> out = new java.util.LinkedHashMap<>();
        for (YearReport r : reports) {
            out.put(r.document(), CrossYearChecker.withFindings(r.result(), found.getOrDefault(r, List.of())));
        }
        return out;
    }

    static String render(Map<String, CheckResult> results) {
        StringBuilder b = new StringBuilder();
        results.forEach((name, result) -> {
            b.append("== ").append(name).append('\n').append(Fixtures.render(result));
            for (Diagnostic d : result.diagnostics()) {
                for (RelatedLocation rl : d.related()) {
                    if (!rl.inOtherDocument()) continue;
                    b.append("    ").append(d.code()).append(" related: ").append(rl.document()).append(':')
                            .append(rl.range().startLine() + 1).append(':').append(rl.range().startColumn() + 1)
                            .append(' ').append(rl.message()).append('\n');
                }
            }
        });
        return b.toString();
    }

    @TestFactory
    Stream<DynamicTest> eachPairFolderReportsExactlyItsGoldenFindings() {
        return folders().stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            String actual = render(checkFolder(folder));
            Path golden = folder.resolve(GOLDEN);
            if (UPDATE) {
                Path source = Path.of("src/test/resources/fixtures/across").resolve(folder.getFileName()).resolve(GOLDEN);
                Files.writeString(source, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(golden), "no golden file in " + folder.getFileName());
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, folder.getFileName().toString());
        }));
    }

    @Test
    void everyCrossYearRuleHasAPairFolderInEachLayoutThatReportsIt() throws IOException {
        for (CrossYearRule rule : CrossYearRules.all()) {
            for (String layout : List.of("tabs", "word", "pipes")) {
                List<Path> named = folders().stream().filter(p -> p.getFileName().toString().startsWith(rule.code())
                        && p.getFileName().toString().endsWith("-" + layout)).toList();
                assertFalse(named.isEmpty(), "no pair folder " + rule.code() + "-*-" + layout);
                for (Path p : named) {
                    String rendered = render(checkFolder(p));
                    assertTrue(rendered.contains(" " + rule.code() + " "), p.getFileName() + " does not report " + rule.code());
                }
            }
        }
    }

    @Test
    void cleanPairsReportNothingAtAll() throws IOException {
        for (Path p : folders()) {
            if (!p.getFileName().toString().startsWith("clean")) continue;
            checkFolder(p).forEach((name, result) -> assertEquals("", Fixtures.render(result), p.getFileName() + "/" + name));
        }
    }
}

package nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.testing.Fixtures;

/**
 * The real published reports in {@code ../shared/corpus} (skipped where absent): every table, section and residue
 * defect its README lists is found with its code and line, and no arithmetic finding appears (their sums hold).
 */
class CorpusTest {
    /** README items as "CODE@line", per file prefix. */
    private static final Map<String, List<String>> LISTED = Map.of(
            "000_", List.of("NB404@5", "NB103@17"),
            "001_", concat(range("NB202", 46, 65), List.of("NB205@65", "NB205@67", "NB207@46", "NB207@75", "NB404@11", "NB401@87")),
            "002_", List.of("NB207@22", "NB207@31", "NB201@60", "NB207@310", "NB207@122", "NB207@210"),
            "003_", concat(range("NB202", 33, 38), List.of("NB201@39", "NB205@39", "NB207@23", "NB401@83")),
            "004_", List.of("NB103@20", "NB103@68", "NB103@128", "NB103@216", "NB103@249", "NB103@304", "NB404@5", "NB403@19", "NB430@13"));

    /**
     * Every finding of the rules that read the prose (NB403, NB405–NB449) on each seed, all real: 004 says “0”
     * 行政复议与行政诉讼 against a 1 in 四 (NB403), enumerates 一是…三是…二是 (NB430), and writes half-width
     * punctuation in Chinese sentences on lines 4, 7 and 9 (NB433). The others state nothing the tables contradict.
     */
    private static final Map<String, Set<String>> PROSE = Map.of(
            "000_", Set.of(),
            "001_", Set.of(),
            "002_", Set.of(),
            "003_", Set.of(),
            "004_", Set.of("NB403@19", "NB430@13", "NB433@4", "NB433@7", "NB433@9"));

    static List<Path> corpusReports() throws Exception {
        var dir = Fixtures.corpus();
        assumeTrue(dir.isPresent(), "../shared/corpus not present");
        try (Stream<Path> s = Files.list(dir.get())) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyListedDefectIsFoundWithItsCodeAndLine() throws Exception {
        return corpusReports().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            CheckResult r = Checker.check(Fixtures.decode(p).text(), CheckOptions.DEFAULT);
            Set<String> found = r.diagnostics().stream().map(d -> d.code() + "@" + (d.range().startLine() + 1))
                    .collect(Collectors.toCollection(TreeSet::new));
            String prefix = p.getFileName().toString().substring(0, 4);
            for (String item : LISTED.get(prefix)) {
                assertTrue(found.contains(item), p.getFileName() + ": expected " + item + " among " + found);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> proseFindingsAreExactlyTheRealOnes() throws Exception {
        return corpusReports().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            CheckResult r = Checker.check(Fixtures.decode(p).text(), CheckOptions.DEFAULT);
            Set<String> prose = r.diagnostics().stream()
                    .filter(d -> d.code().equals("NB403") || d.code().compareTo("NB405") >= 0 && d.code().compareTo("NB449") <= 0)
                    .map(d -> d.code() + "@" + (d.range().startLine() + 1))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(PROSE.get(p.getFileName().toString().substring(0, 4))), prose, p.getFileName().toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> noArithmeticFindingOnConsistentReports() throws Exception {
        return corpusReports().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            CheckResult r = Checker.check(Fixtures.decode(p).text(), CheckOptions.DEFAULT);
            List<Diagnostic> arithmetic = r.diagnostics().stream().filter(d -> d.code().startsWith("NB3")).toList();
            assertEquals(List.of(), arithmetic);
            assertEquals(List.of(), r.failures());
            assertEquals(6, r.syntax().sections().size());
            assertEquals(3, r.report().tables().size());
        }));
    }

    private static List<String> range(String code, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) out.add(code + "@" + i);
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}

package nianbao.core.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Severity;
import nianbao.testing.Fixtures;

/**
 * The bundled example as real tools give it ({@code ../shared/shapes}, skipped where absent): the clean texts give
 * no error or warning; the wrong-total texts give NB301 on row 一、本年新收… and nothing else. Where pdftotext lost
 * the reading order (pdf-raw), each unreadable table is one NB106 and nothing else is said about it.
 */
class SharedShapesTest {
    static Optional<Path> shapesDir() {
        String prop = System.getProperty("nianbao.corpus");
        for (String candidate : new String[]{prop == null ? null : prop + "/../shapes", "../../shared/shapes", "../shared/shapes"}) {
            if (candidate == null) continue;
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) return Optional.of(p.toAbsolutePath().normalize());
        }
        return Optional.empty();
    }

    private static List<Path> texts(String suffix) throws Exception {
        Optional<Path> dir = shapesDir();
        assumeTrue(dir.isPresent(), "../shared/shapes not present");
        try (Stream<Path> s = Files.list(dir.get())) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    static List<String> errorsAndWarnings(CheckResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR || d.severity() == Severity.WARNING)
                .map(d -> d.code() + "@" + (d.range().startLine() + 1) + " " + d.message()).toList();
    }

    @TestFactory
    Stream<DynamicTest> layoutTextsGiveExactlyTheWrongTotal() throws Exception {
        return texts(".pdf-layout.txt").stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String text = Files.readString(p);
            CheckResult r = Checker.check(text, CheckOptions.DEFAULT);
            List<String> found = errorsAndWarnings(r);
            if (!p.getFileName().toString().contains("wrong-total")) {
                assertEquals(List.of(), found, p.getFileName().toString());
                return;
            }
            assertEquals(1, found.size(), p.getFileName() + ": " + found);
            Diagnostic d = r.diagnostics().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
            assertEquals("NB301", d.code());
            String line = text.lines().skip(d.range().startLine()).findFirst().orElseThrow();
            assertEquals("20", line.substring(d.range().startColumn(), d.range().endColumn()), "the wrong total cell");
            assertEquals(true, d.message().contains("一、本年新收政府信息公开申请数量"), d.message());
        }));
    }

    @TestFactory
    Stream<DynamicTest> rawTextsGiveOneFindingPerUnreadableTableAndNothingElse() throws Exception {
        return texts(".pdf-raw.txt").stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            CheckResult r = Checker.check(Files.readString(p), CheckOptions.DEFAULT);
            List<String> found = errorsAndWarnings(r);
            List<String> unreadable = found.stream().filter(f -> f.startsWith("NB106@")).toList();
            assertEquals(found, unreadable, "only NB106 in " + p.getFileName());
            // Tables 二 and 三 lost their reading order; 四 may be read or not, but each table at most once.
            java.util.Set<String> tables = new java.util.HashSet<>();
            for (String f : unreadable) tables.add(f.substring(f.indexOf('“'), f.indexOf('”') + 1));
            assertEquals(unreadable.size(), tables.size(), "one finding per table: " + unreadable);
            assertEquals(true, unreadable.size() >= 2, "tables 二 and 三 reported: " + unreadable);
        }));
    }
}

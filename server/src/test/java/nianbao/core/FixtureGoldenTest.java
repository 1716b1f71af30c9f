package nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nianbao.core.config.CheckOptions;
import nianbao.core.rules.Rule;
import nianbao.core.rules.Rules;
import nianbao.testing.Fixtures;

/**
 * Each fixture report in {@code src/test/resources/fixtures} against its golden file {@code NAME.expected}: every
 * diagnostic with line, column, severity, code, message and fix titles. Run with {@code -Dnianbao.updateGolden=true}
 * to rewrite the golden files after an intended change, then review the diff.
 */
class FixtureGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("nianbao.updateGolden");

    @TestFactory
    Stream<DynamicTest> eachFixtureReportsExactlyItsGoldenDiagnostics() {
        return Fixtures.reports().stream().map(report -> DynamicTest.dynamicTest(report.getFileName().toString(), () -> {
            String actual = Fixtures.render(Checker.check(Fixtures.decode(report).text(), CheckOptions.DEFAULT));
            Path golden = Path.of(report.toString().replaceAll("\\.txt$", ".expected"));
            if (UPDATE) {
                Path source = Path.of("src/test/resources/fixtures").resolve(golden.getFileName());
                Files.writeString(source, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(golden), "no golden file " + golden.getFileName());
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, report.getFileName().toString());
        }));
    }

    @Test
    void everyRuleHasAFixtureNamedAfterItThatReportsIt() throws IOException {
        List<Path> reports = Fixtures.reports();
        for (Rule rule : Rules.all()) {
            List<Path> named = reports.stream().filter(p -> p.getFileName().toString().startsWith(rule.code())).toList();
            assertTrue(!named.isEmpty(), "no fixture named " + rule.code() + "-*.txt");
            for (Path p : named) {
                String rendered = Fixtures.render(Checker.check(Fixtures.decode(p).text(), CheckOptions.DEFAULT));
                assertTrue(rendered.contains(" " + rule.code() + " "), p.getFileName() + " does not report " + rule.code());
            }
        }
    }

    @Test
    void cleanLayoutFixturesAndBundledExamplesReportNothing() throws IOException {
        for (Path p : Fixtures.reports()) {
            if (!p.getFileName().toString().contains("clean")) continue;
            assertEquals("", Fixtures.render(Checker.check(Fixtures.decode(p).text(), CheckOptions.DEFAULT)), p.toString());
        }
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path p : examples.toList()) {
                assertEquals("", Fixtures.render(Checker.check(Fixtures.decode(p).text(), CheckOptions.DEFAULT)), p.toString());
            }
        }
    }
}

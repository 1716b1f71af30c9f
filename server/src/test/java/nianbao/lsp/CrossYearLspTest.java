package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import nianbao.testing.Fixtures;

/**
 * Cross-year findings in the language server, through a real LSP4J client: this year's report opened in a workspace
 * folder that holds last year's on disk; the finding follows last year's file when it changes on disk (the client
 * sends workspace/didChangeWatchedFiles, for the watcher the server registered) and last year's open text.
 */
class CrossYearLspTest {
    private static final String CARRIED_OUT_3 = "四、结转下年度继续办理\t3\t0\t0\t0\t0\t0\t3";

    @TempDir
    Path folder;

    private static Optional<Diagnostic> nb501(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals("NB501")).findFirst();
    }

    @Test
    void thisYearsReportIsCheckedAgainstLastYearsFileAndFollowsItsChanges() throws IOException {
        Path pair = Fixtures.dir().resolve("across/NB501-carried-over-tabs");
        Path lastYear = folder.resolve("2023年报.txt");
        Files.copy(pair.resolve("last-year.txt"), lastYear);
        Path thisYear = folder.resolve("2024年报.txt");
        String text = Fixtures.decode(pair.resolve("this-year.txt")).text();
        Files.writeString(thisYear, text, StandardCharsets.UTF_8);
        String uri = thisYear.toUri().toString();
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> {
                p.getCapabilities().getWorkspace().setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
                p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "reports")));
            });
            var registration = await(lsp.client.registrations.first(r -> r.getRegistrations().stream()
                    .anyMatch(x -> x.getMethod().equals("workspace/didChangeWatchedFiles"))));
            String watchers = registration.getRegistrations().stream()
                    .filter(x -> x.getMethod().equals("workspace/didChangeWatchedFiles")).findFirst().orElseThrow()
                    .getRegisterOptions().toString();
            assertTrue(watchers.contains("**/*.{txt,nianbao}"), watchers);

            lsp.open(uri, "nianbao", text);
            Diagnostic finding = nb501(lsp.diagnostics(uri, 1)).orElseThrow(() -> new AssertionError("no NB501"));
            assertEquals(DiagnosticSeverity.Error, finding.getSeverity());
            assertEquals(36, finding.getRange().getStart().getLine());
            assertTrue(finding.getMessage().contains("应为 3（上年报告 2023年报.txt 第 60 行"), finding.getMessage());
            DiagnosticRelatedInformation related = finding.getRelatedInformation().get(0);
            assertEquals(lastYear, Path.of(java.net.URI.create(related.getLocation().getUri())));
            assertEquals(59, related.getLocation().getRange().getStart().getLine());
            assertEquals(12, related.getLocation().getRange().getStart().getCharacter());

            // Last year's file corrected on disk: the finding goes.
            String last = Files.readString(lastYear, StandardCharsets.UTF_8);
            assertTrue(last.contains(CARRIED_OUT_3));
            Files.writeString(lastYear, last.replace(CARRIED_OUT_3, "四、结转下年度继续办理\t2\t0\t0\t0\t0\t0\t2"), StandardCharsets.UTF_8);
            watched(lsp, lastYear, FileChangeType.Changed);
            await(lsp.client.diagnostics.first(p -> p.getUri().equals(uri) && nb501(p).isEmpty()));

            // Changed again: the finding comes back with last year's new figure.
            Files.writeString(lastYear, last.replace(CARRIED_OUT_3, "四、结转下年度继续办理\t5\t0\t0\t0\t0\t0\t5"), StandardCharsets.UTF_8);
            watched(lsp, lastYear, FileChangeType.Changed);
            PublishDiagnosticsParams back = await(lsp.client.diagnostics.first(p -> p.getUri().equals(uri)
                    && nb501(p).map(d -> d.getMessage().contains("应为 5")).orElse(false)));
            assertTrue(nb501(back).isPresent());
        }
    }

    @Test
    void relatedLocationsInLastYearsFileUseTheNegotiatedPositionEncoding() throws IOException {
        Path pair = Fixtures.dir().resolve("across/NB501-carried-over-tabs");
        Files.copy(pair.resolve("last-year.txt"), folder.resolve("last.txt"));
        String uri = folder.resolve("this.txt").toUri().toString();
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> {
                p.getCapabilities().getGeneral().setPositionEncodings(List.of("utf-8"));
                p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "reports")));
            });
            lsp.open(uri, "nianbao", Fixtures.decode(pair.resolve("this-year.txt")).text());
            Diagnostic finding = nb501(lsp.diagnostics(uri, 1)).orElseThrow(() -> new AssertionError("no NB501"));
            // "四、结转下年度继续办理" is 11 characters of 3 UTF-8 bytes, then a tab: the value starts at byte 34.
            assertEquals(34, finding.getRelatedInformation().get(0).getLocation().getRange().getStart().getCharacter());
            assertEquals("二、上年结转政府信息公开申请数量\t".getBytes(StandardCharsets.UTF_8).length,
                    finding.getRange().getStart().getCharacter());
        }
    }

    @Test
    void lastYearsOpenTextWinsOverItsFileAndItsEditsRecheckThisYear() throws IOException {
        Path pair = Fixtures.dir().resolve("across/NB501-carried-over-tabs");
        Path lastYear = folder.resolve("last.txt");
        Files.copy(pair.resolve("last-year.txt"), lastYear);
        String lastText = Files.readString(lastYear, StandardCharsets.UTF_8);
        String thisText = Fixtures.decode(pair.resolve("this-year.txt")).text();
        String thisUri = folder.resolve("this.txt").toUri().toString();
        String lastUri = lastYear.toUri().toString();
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "reports"))));
            lsp.open(lastUri, "nianbao", lastText);
            lsp.open(thisUri, "nianbao", thisText);
            assertTrue(nb501(lsp.diagnostics(thisUri, 1)).isPresent());
            // Edit last year's open document (not saved): 3 → 2 in 四、结转下年度继续办理 (自然人 and 总计).
            int line = lastText.substring(0, lastText.indexOf(CARRIED_OUT_3)).split("\n", -1).length - 1;
            int natural = "四、结转下年度继续办理\t".length();
            int total = CARRIED_OUT_3.length() - 1;
            lsp.change(lastUri, List.of(
                    new TextEdit(new org.eclipse.lsp4j.Range(LspSession.at(line, natural), LspSession.at(line, natural + 1)), "2"),
                    new TextEdit(new org.eclipse.lsp4j.Range(LspSession.at(line, total), LspSession.at(line, total + 1)), "2")));
            await(lsp.client.diagnostics.first(p -> p.getUri().equals(thisUri) && nb501(p).isEmpty()));
        }
    }

    @Test
    void anOpenNeighbourOfMoreThanTenMegabytesIsNotPairedAsNoFileOfThatSizeIs() throws IOException {
        Path pair = Fixtures.dir().resolve("across/NB501-carried-over-tabs");
        Path lastYear = folder.resolve("last.txt");
        Files.copy(pair.resolve("last-year.txt"), lastYear);
        // Last year's report, open with 11 MB of prose after it: its table still says 3 were carried over, but a
        // text of that size is no annual report, and checking it inside every check of this year's would hold this
        // year's diagnostics back by seconds.
        String huge = Files.readString(lastYear, StandardCharsets.UTF_8) + "\n" + "本机关全年依法公开政府信息。\n".repeat(800_000);
        String thisUri = folder.resolve("this.txt").toUri().toString();
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "reports"))));
            lsp.open(lastYear.toUri().toString(), "nianbao", huge);
            lsp.open(thisUri, "nianbao", Fixtures.decode(pair.resolve("this-year.txt")).text());
            assertTrue(nb501(lsp.diagnostics(thisUri, 1)).isEmpty(), "paired with an 11 MB open document");
        }
    }

    @Test
    void previousInTheFoldersNianbaoJsonNamesLastYearsFileAcrossARename() throws IOException {
        Path pair = Fixtures.dir().resolve("across/NB501-carried-over-word");
        Files.createDirectories(folder.resolve("archive"));
        String renamed = Fixtures.decode(pair.resolve("last-year.txt")).text().replace("星湖区民政局", "星湖区民政和养老服务局");
        Files.writeString(folder.resolve("archive/old.txt"), renamed, StandardCharsets.UTF_8);
        String text = Fixtures.decode(pair.resolve("this-year.txt")).text();
        String uri = folder.resolve("this.txt").toUri().toString();
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "reports"))));
            lsp.open(uri, "nianbao", text);
            assertTrue(nb501(lsp.diagnostics(uri, 1)).isEmpty(), "the titles name two agencies: no pair");
        }
        Files.writeString(folder.resolve(".nianbao.json"), "{\"previous\": \"archive/old.txt\"}", StandardCharsets.UTF_8);
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "reports"))));
            lsp.open(uri, "nianbao", text);
            Diagnostic finding = nb501(lsp.diagnostics(uri, 1)).orElseThrow(() -> new AssertionError("no NB501"));
            assertTrue(finding.getMessage().contains("上年报告 old.txt"), finding.getMessage());
        }
    }

    /**
     * Every pair fixture through the server: last year's file (and any other) on disk in the workspace, this year's
     * opened; the server's diagnostics for it are exactly the golden findings of the CLI's core (fixes aside).
     */
    @TestFactory
    Stream<DynamicTest> everyPairFixtureGivesTheGoldenFindingsInTheEditor() throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(Fixtures.dir().resolve("across"))) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        return folders.stream().map(pair -> DynamicTest.dynamicTest(pair.getFileName().toString(), () -> {
            Path workspace = Files.createDirectory(folder.resolve(pair.getFileName().toString()));
            try (Stream<Path> files = Files.list(pair)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt") && !f.endsWith("this-year.txt")).toList()) {
                    Files.copy(f, workspace.resolve(f.getFileName()));
                }
            }
            String golden = Files.readString(pair.resolve("findings.expected"), StandardCharsets.UTF_8);
            String expected = golden.substring(golden.indexOf("== this-year.txt\n") + "== this-year.txt\n".length());
            int next = expected.indexOf("== ");
            if (next >= 0) expected = expected.substring(0, next);
            expected = expected.lines().filter(l -> !l.startsWith("    ")).map(l -> l + "\n").reduce("", String::concat);
            String uri = workspace.resolve("this-year.txt").toUri().toString();
            try (LspSession lsp = new LspSession()) {
                lsp.initialize(p -> p.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "reports"))));
                lsp.open(uri, "nianbao", Fixtures.decode(pair.resolve("this-year.txt")).text());
                StringBuilder actual = new StringBuilder();
                for (Diagnostic d : lsp.diagnostics(uri, 1).getDiagnostics()) {
                    actual.append(d.getRange().getStart().getLine() + 1).append(':').append(d.getRange().getStart().getCharacter() + 1)
                            .append(' ').append(severity(d.getSeverity())).append(' ').append(d.getCode().getLeft()).append(' ')
                            .append(d.getMessage()).append('\n');
                }
                assertEquals(expected, actual.toString(), pair.getFileName().toString());
            }
        }));
    }

    private static String severity(DiagnosticSeverity s) {
        return switch (s) {
            case Error -> "error";
            case Warning -> "warning";
            case Information -> "info";
            case Hint -> "hint";
        };
    }

    private static void watched(LspSession lsp, Path file, FileChangeType type) {
        lsp.remote.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(file.toUri().toString(), type))));
    }
}

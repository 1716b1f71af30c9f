package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.core.config.NianbaoConfig;
import nianbao.core.diag.Severity;
import nianbao.core.format.FormatVersion;

class SettingsTest {
    private static final String URI = "file:///reports/xinghu-minzheng-2024.txt";
    /** Two independent findings: a wrong 总计 (NB301, error) and no 信息处理费 statement in 六 (NB401, warning). */
    private static final String REPORT = LspSession.resource("wrong-total-tabs.txt")
            .replace("本年度未发出收费通知，收费通知件数为 0 件、总金额为 0 万元，实际收取总金额为 0 万元。", "本年度无其他需要报告的事项。");

    private static Optional<Diagnostic> find(PublishDiagnosticsParams p, String code) {
        return p.getDiagnostics().stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst();
    }

    private static void enableConfiguration(org.eclipse.lsp4j.InitializeParams params) {
        params.getCapabilities().getWorkspace().setConfiguration(true);
    }

    @Test
    void ruleTurnedOffInTheEditorSettingsIsNotReportedFromTheFirstCheck() {
        try (LspSession lsp = new LspSession()) {
            lsp.client.settings = LspSession.json("{\"rules\": {\"NB301\": \"off\"}}");
            lsp.initialize(SettingsTest::enableConfiguration);
            lsp.open(URI, "nianbao", REPORT);
            PublishDiagnosticsParams first = lsp.diagnostics(URI, 1);

            assertEquals(List.of("NB401"), DiagnosticView.codes(first.getDiagnostics()));
            assertEquals(1, lsp.client.configurationRequests.get());
        }
    }

    @Test
    void changedEditorSettingsAreFetchedAgainAndTheDocumentRechecked() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(SettingsTest::enableConfiguration);
            lsp.open(URI, "nianbao", REPORT);
            assertEquals(DiagnosticSeverity.Error, find(lsp.diagnostics(URI, 1), "NB301").orElseThrow().getSeverity());

            lsp.client.settings = LspSession.json("{\"rules\": {\"NB301\": \"info\"}}");
            lsp.remote.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new com.google.gson.JsonObject()));
            PublishDiagnosticsParams again = await(lsp.client.diagnostics.first(p -> find(p, "NB301")
                    .map(d -> d.getSeverity() == DiagnosticSeverity.Information).orElse(false)));
            assertEquals(1, again.getVersion());
        }
    }

    @Test
    void settingsSentWithTheNotificationAreUsedWhenTheClientCannotBeAsked() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", REPORT);
            assertTrue(find(lsp.diagnostics(URI, 1), "NB401").isPresent());

            lsp.remote.getWorkspaceService().didChangeConfiguration(
                    new DidChangeConfigurationParams(LspSession.json("{\"nianbao\": {\"rules\": {\"NB401\": \"off\"}}}")));
            PublishDiagnosticsParams again = await(lsp.client.diagnostics.first(p -> find(p, "NB401").isEmpty()));
            assertTrue(find(again, "NB301").isPresent());
        }
    }

    @Test
    void initializationOptionsSetRuleSeverities() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.setInitializationOptions(LspSession.json("{\"debounce\": 0, \"rules\": {\"nb301\": \"hint\"}}")));
            lsp.open(URI, "nianbao", REPORT);
            assertEquals(DiagnosticSeverity.Hint, find(lsp.diagnostics(URI, 1), "NB301").orElseThrow().getSeverity());
        }
    }

    @Test
    void nianbaoJsonInTheWorkspaceFolderApplies(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(".nianbao.json"), "{\"rules\": {\"NB301\": \"warning\", \"NB401\": \"off\"}}");
        String uri = folder.resolve("report.txt").toUri().toString();
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "reports"))));
            lsp.open(uri, "nianbao", REPORT);
            PublishDiagnosticsParams published = lsp.diagnostics(uri, 1);
            assertEquals(List.of("NB301"), DiagnosticView.codes(published.getDiagnostics()));
            assertEquals(DiagnosticSeverity.Warning, published.getDiagnostics().get(0).getSeverity());
        }
    }

    @Test
    void editorSettingsOverrideNianbaoJsonRuleByRule(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(".nianbao.json"), "{\"rules\": {\"NB301\": \"off\", \"NB401\": \"info\"}}");
        String uri = folder.resolve("report.txt").toUri().toString();
        try (LspSession lsp = new LspSession()) {
            lsp.client.settings = LspSession.json("{\"formatVersion\": \"auto\", \"rules\": {\"NB301\": \"warning\"}, \"debounce\": 0}");
            lsp.initialize(p -> {
                enableConfiguration(p);
                p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "reports")));
            });
            lsp.open(uri, "nianbao", REPORT);
            PublishDiagnosticsParams published = lsp.diagnostics(uri, 1);
            assertEquals(DiagnosticSeverity.Warning, find(published, "NB301").orElseThrow().getSeverity());
            assertEquals(DiagnosticSeverity.Information, find(published, "NB401").orElseThrow().getSeverity());
        }
    }

    @Test
    void invalidNianbaoJsonIsReportedInChineseAndDefaultsApply(@TempDir Path folder) throws IOException {
        Path file = folder.resolve(".nianbao.json");
        Files.writeString(file, "{\"rules\": {\"NB301\": \"loud\"}}");
        String uri = folder.resolve("report.txt").toUri().toString();
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "reports"))));
            MessageParams warning = await(lsp.client.shown.first(m -> m.getType() == MessageType.Warning));
            assertTrue(warning.getMessage().contains(file.toString()), warning.getMessage());
            assertTrue(warning.getMessage().contains("\"rules\".\"NB301\" 应为 off、error、warning、info 或 hint，实为 \"loud\""), warning.getMessage());
            assertTrue(warning.getMessage().contains("已改用默认设置"), warning.getMessage());

            lsp.open(uri, "nianbao", REPORT);
            assertEquals(DiagnosticSeverity.Error, find(lsp.diagnostics(uri, 1), "NB301").orElseThrow().getSeverity());
        }
    }

    @Test
    void invalidEditorSettingsAreReportedAndIgnored() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.setInitializationOptions(LspSession.json("{\"formatVersion\": \"2020\"}")));
            MessageParams warning = await(lsp.client.shown.first(m -> m.getType() == MessageType.Warning));
            assertTrue(warning.getMessage().contains("initializationOptions"), warning.getMessage());
            assertTrue(warning.getMessage().contains("\"formatVersion\" 应为 auto、2019 或 2021，实为 \"2020\""), warning.getMessage());
        }
    }

    @Test
    void editedNianbaoJsonIsReadAgain(@TempDir Path folder) throws IOException {
        Path file = folder.resolve(".nianbao.json");
        String uri = folder.resolve("report.txt").toUri().toString();
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> {
                p.getCapabilities().getWorkspace().setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
                p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "reports")));
            });
            assertEquals("workspace/didChangeWatchedFiles",
                    await(lsp.client.registrations.first(r -> true)).getRegistrations().get(0).getMethod());
            lsp.open(uri, "nianbao", REPORT);
            assertTrue(find(lsp.diagnostics(uri, 1), "NB301").isPresent());

            Files.writeString(file, "{\"rules\": {\"NB301\": \"off\"}}", StandardCharsets.UTF_8);
            lsp.remote.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(file.toUri().toString(), FileChangeType.Created))));
            await(lsp.client.diagnostics.first(p -> p.getUri().equals(uri) && find(p, "NB301").isEmpty()));
        }
    }

    // ---- the layers, without a client ----

    @Test
    void autoFormatVersionInTheEditorDoesNotHideTheVersionOfNianbaoJson(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(".nianbao.json"), "{\"formatVersion\": \"2019\", \"debounce\": 500}");
        List<String> warnings = new ArrayList<>();
        Settings settings = new Settings(warnings::add);
        settings.setWorkspaceFolders(List.of(folder.toUri().toString()));
        settings.setClientSettings(LspSession.json("{\"formatVersion\": \"auto\", \"rules\": {}, \"debounce\": 200}"));

        Settings.Effective effective = settings.forDocument(folder.resolve("a/b/report.txt").toUri().toString());
        assertEquals(FormatVersion.V2019, effective.options().formatVersion());
        assertEquals(200, effective.debounceMillis());
        assertEquals(List.of(), warnings);
    }

    @Test
    void documentsOutsideTheFolderDoNotUseItsFile(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(".nianbao.json"), "{\"rules\": {\"NB401\": \"off\"}}");
        Settings settings = new Settings(w -> { });
        settings.setWorkspaceFolders(List.of(folder.toUri().toString()));
        assertEquals(Optional.empty(), settings.forDocument(folder.resolve("r.txt").toUri().toString())
                .options().severityFor("NB401", Severity.WARNING));
        assertEquals(Optional.of(Severity.WARNING), settings.forDocument("untitled:Untitled-1")
                .options().severityFor("NB401", Severity.WARNING));
        assertEquals(Settings.DEFAULT_DEBOUNCE_MILLIS, settings.forDocument("untitled:Untitled-1").debounceMillis());
    }

    @Test
    void mergeTakesTheHigherLayerCodeByCode() {
        NianbaoConfig lower = new NianbaoConfig();
        lower.rules.putAll(Map.of("NB301", "off", "NB401", "info"));
        lower.formatVersion = "2019";
        NianbaoConfig higher = new NianbaoConfig();
        higher.rules.put("nb401", "error");
        NianbaoConfig merged = Settings.merge(lower, higher);
        assertEquals(Map.of("NB301", "off", "NB401", "error"), merged.rules);
        assertEquals("2019", merged.formatVersion);
        assertFalse(merged.debounce != null);
    }
}

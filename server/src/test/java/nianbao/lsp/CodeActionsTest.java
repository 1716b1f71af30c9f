package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static nianbao.lsp.LspSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;

import com.google.gson.JsonObject;

import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeActionsTest {
    private static final String URI = "file:///reports/xinghu-minzheng-2024.txt";

    private static List<CodeAction> actions(LspSession lsp, List<Diagnostic> diagnostics, List<String> only) {
        Range whole = new Range(new Position(0, 0), new Position(TestText.lineStarts(lsp.text(URI)).size(), 0));
        CodeActionContext context = new CodeActionContext(diagnostics);
        context.setOnly(only);
        List<Either<Command, CodeAction>> answer = await(lsp.remote.getTextDocumentService()
                .codeAction(new CodeActionParams(id(URI), diagnostics.isEmpty() ? whole : diagnostics.get(0).getRange(), context)));
        return answer.stream().map(Either::getRight).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong-total-tabs.txt", "wrong-total-cells-crlf.txt", "wrong-total-pipes.txt"})
    void quickFixSetsTheTotalAndTheNextVersionIsClean(String fixture) {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", LspSession.resource(fixture));
            Diagnostic total = DiagnosticView.only(lsp.diagnostics(URI, 1).getDiagnostics(), "NB301");

            List<CodeAction> actions = actions(lsp, List.of(total), null).stream()
                    .filter(a -> CodeActionKind.QuickFix.equals(a.getKind())).toList();
            assertEquals(1, actions.size());
            CodeAction fix = actions.get(0);
            assertEquals("将总计改为 19", fix.getTitle());
            assertTrue(fix.getIsPreferred());
            assertEquals(List.of(total.getRange()), fix.getDiagnostics().stream().map(Diagnostic::getRange).toList());

            int v2 = lsp.change(URI, LspSession.editsOf(fix, URI));
            assertEquals("19", TestText.line(lsp.text(URI), total.getRange().getStart().getLine())
                    .substring(total.getRange().getStart().getCharacter()).replaceAll("\\D.*", ""));
            assertEquals(List.of(), DiagnosticView.ofLsp(lsp.diagnostics(URI, v2).getDiagnostics()));
            assertEquals(List.of(), DiagnosticView.ofChecker(lsp.text(URI)));
        }
    }

    @Test
    void fixesComputedForAnOlderVersionAreNotOffered() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            Diagnostic stale = DiagnosticView.only(lsp.diagnostics(URI, 1).getDiagnostics(), "NB301");
            Position top = new Position(0, 0);
            int v2 = lsp.change(URI, List.of(new TextEdit(new Range(top, top), "\n")));
            lsp.diagnostics(URI, v2);

            assertTrue(actions(lsp, List.of(stale), List.of(CodeActionKind.QuickFix)).isEmpty(),
                    "the stale diagnostic's edit would hit the wrong line");
        }
    }

    @Test
    void fixAllMakesEverySafeFixInOneEdit() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            lsp.diagnostics(URI, 1);
            // As editor.codeActionsOnSave asks: only source.fixAll, no diagnostics in the context.
            List<CodeAction> actions = actions(lsp, List.of(), List.of(CodeActionKind.SourceFixAll));
            assertEquals(List.of("source.fixAll.nianbao"), actions.stream().map(CodeAction::getKind).toList());

            int v2 = lsp.change(URI, LspSession.editsOf(actions.get(0), URI));
            assertEquals(List.of(), DiagnosticView.ofLsp(lsp.diagnostics(URI, v2).getDiagnostics()));
        }
    }

    @Test
    void fixAllIsNotOfferedWhenThereIsNothingToFix() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            String clean = LspSession.resource("wrong-total-tabs.txt").replace("0\t0\t0\t0\t20\n", "0\t0\t0\t0\t19\n");
            lsp.open(URI, "nianbao", clean);
            assertTrue(lsp.diagnostics(URI, 1).getDiagnostics().isEmpty());
            assertTrue(actions(lsp, List.of(), List.of(CodeActionKind.Source)).isEmpty());
        }
    }

    @Test
    void recomputeAllTotalsCommandAppliesTheEditThroughTheClient() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-cells-crlf.txt"));
            lsp.diagnostics(URI, 1);

            Object answer = await(lsp.remote.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("nianbao.recomputeAllTotals", List.of(URI))));
            JsonObject outcome = LspSession.jsonOf(answer);
            assertTrue(outcome.get("applied").getAsBoolean());
            assertEquals(1, outcome.get("edits").getAsInt());

            ApplyWorkspaceEditParams applied = await(lsp.client.appliedEdits.first(p -> true));
            assertEquals("重新计算全部总计", applied.getLabel());
            List<TextEdit> edits = LspSession.editsOf(applied.getEdit(), URI);
            assertEquals(List.of("19"), edits.stream().map(TextEdit::getNewText).toList());
            int v2 = lsp.change(URI, edits);
            assertTrue(lsp.diagnostics(URI, v2).getDiagnostics().isEmpty());
        }
    }

    @Test
    void recomputeAllTotalsOnACleanReportChangesNothing() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", LspSession.resource("truncated-tabs.txt"));
            lsp.diagnostics(URI, 1);
            Object answer = await(lsp.remote.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("nianbao.recomputeAllTotals", List.of(URI))));
            assertFalse(LspSession.jsonOf(answer).get("applied").getAsBoolean());
            assertTrue(lsp.client.appliedEdits.all().isEmpty());
        }
    }

    @Test
    void reportTemplateCommandAnswersTheSkeletonAsASnippet() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            Object answer = await(lsp.remote.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("nianbao.reportTemplate", List.of("file:///reports/new.txt"))));
            String snippet = LspSession.jsonOf(answer).get("snippet").getAsString();
            assertTrue(snippet.startsWith("${1:机关名称}${2:" + (Year.now().getValue() - 1) + "}年政府信息公开工作年度报告"), snippet);
            String filled = SnippetText.expand(snippet, "青禾市星湖区民政局");
            assertEquals(List.of(), DiagnosticView.ofChecker(filled));
        }
    }
}

package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static nianbao.lsp.LspSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

import nianbao.testing.Fixtures;

/**
 * A number in the prose that the table contradicts, through a real client: the finding links the table cell, its
 * quick fix writes the table's number into the sentence, and fix-all (on save) leaves the author's prose alone.
 */
class ProseQuickFixTest {
    private static final String URI = "file:///reports/xinghu-minzheng-2024.txt";

    private static List<CodeAction> actions(LspSession lsp, List<Diagnostic> diagnostics, List<String> only) {
        Range range = diagnostics.isEmpty() ? new Range(new Position(0, 0), new Position(0, 0)) : diagnostics.get(0).getRange();
        CodeActionContext context = new CodeActionContext(diagnostics);
        context.setOnly(only);
        List<Either<Command, CodeAction>> answer = await(lsp.remote.getTextDocumentService()
                .codeAction(new CodeActionParams(id(URI), range, context)));
        return answer.stream().map(Either::getRight).toList();
    }

    @Test
    void quickFixWritesTheTableNumberAndFixAllDoesNot() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            String text = Fixtures.text("NB403-prose-numbers.txt");
            lsp.open(URI, "nianbao", text);
            List<Diagnostic> all = lsp.diagnostics(URI, 1).getDiagnostics();
            Diagnostic received = all.stream().filter(d -> "NB403".equals(d.getCode().getLeft())
                    && d.getMessage().contains("本年收到的申请")).findFirst().orElseThrow();
            assertEquals(1, received.getRelatedInformation().size());
            int cellLine = received.getRelatedInformation().get(0).getLocation().getRange().getStart().getLine();
            assertTrue(TestText.line(text, cellLine).startsWith("一、本年新收"), "related information on the 一 row");

            List<CodeAction> quick = actions(lsp, List.of(received), List.of(CodeActionKind.QuickFix));
            assertEquals(List.of("将正文中的 17 改为 19"), quick.stream().map(CodeAction::getTitle).toList());
            assertFalse(Boolean.TRUE.equals(quick.get(0).getIsPreferred()));

            List<CodeAction> fixAll = actions(lsp, List.of(), List.of(CodeActionKind.SourceFixAll));
            assertTrue(fixAll.isEmpty(), "nothing else to fix, and fix-all never edits the prose");

            int v2 = lsp.change(URI, LspSession.editsOf(quick.get(0), URI));
            assertTrue(lsp.text(URI).contains("全年收到政府信息公开申请19件"));
            assertTrue(lsp.diagnostics(URI, v2).getDiagnostics().stream()
                    .noneMatch(d -> d.getMessage().contains("本年收到的申请")));
        }
    }
}

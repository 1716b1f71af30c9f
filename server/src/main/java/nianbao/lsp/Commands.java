package nianbao.lsp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;

import nianbao.core.fix.FixAll;
import nianbao.core.syntax.Table;
import nianbao.core.syntax.TableLayout;

/**
 * The server's commands (workspace/executeCommand):
 * <ul>
 *   <li>{@code nianbao.recomputeAllTotals [uri]}: 重新计算全部总计, applied through workspace/applyEdit; answers
 *   {@code {"applied": true|false, "edits": n}};</li>
 *   <li>{@code nianbao.reportTemplate [uri]}: answers {@code {"snippet": "…"}}, the whole report skeleton as a
 *   snippet, written in the layout and line ending of the document if it has any (the editor inserts it).</li>
 * </ul>
 */
final class Commands {
    static final String RECOMPUTE_ALL_TOTALS = "nianbao.recomputeAllTotals";
    static final String REPORT_TEMPLATE = "nianbao.reportTemplate";
    static final List<String> ALL = List.of(RECOMPUTE_ALL_TOTALS, REPORT_TEMPLATE);

    private final DocumentStore documents;
    private final Analyzer analyzer;
    private final LanguageClient client;
    private final ClientLog log;
    private final boolean versionedEdits;

    Commands(DocumentStore documents, Analyzer analyzer, LanguageClient client, ClientLog log, boolean versionedEdits) {
        this.documents = documents;
        this.analyzer = analyzer;
        this.client = client;
        this.log = log;
        this.versionedEdits = versionedEdits;
    }

    CompletableFuture<Object> execute(ExecuteCommandParams params) {
        List<Object> args = params.getArguments() == null ? List.of() : params.getArguments();
        String uri = args.isEmpty() ? null : asString(args.get(0));
        return switch (params.getCommand()) {
            case RECOMPUTE_ALL_TOTALS -> recomputeAllTotals(uri);
            case REPORT_TEMPLATE -> reportTemplate(uri);
            default -> failed("未知的命令：" + params.getCommand());
        };
    }

    private CompletableFuture<Object> recomputeAllTotals(String uri) {
        TextDocument doc = uri == null ? null : documents.get(uri);
        if (doc == null || !doc.isReport()) return failed("重新计算全部总计：文档未打开或不是年度报告：" + uri);
        return analyzer.analysisOf(doc).thenCompose(analysis -> {
            if (analysis.isStale()) return failed("重新计算全部总计：文档已被修改，请重试");
            if (!analysis.succeeded()) return failed("重新计算全部总计：文档检查失败，请查看输出日志");
            List<TextEdit> edits = analysis.convert().textEdits(FixAll.recomputeTotals(analysis.result()));
            if (edits.isEmpty()) {
                log.showInfo("所有总计均正确，无需修改。");
                return CompletableFuture.completedFuture(outcome(false, 0));
            }
            ApplyWorkspaceEditParams apply = new ApplyWorkspaceEditParams(
                    Convert.workspaceEdit(doc.uri(), doc.version(), edits, versionedEdits), CodeActions.RECOMPUTE_TOTALS_TITLE);
            return client.applyEdit(apply).thenApply(response -> outcome(response.isApplied(), edits.size()));
        });
    }

    private CompletableFuture<Object> reportTemplate(String uri) {
        TextDocument doc = uri == null ? null : documents.get(uri);
        if (doc == null || !doc.isReport()) {
            return CompletableFuture.completedFuture(template(TableLayout.TABS, "\n"));
        }
        String lineEnding = doc.source().dominantLineEnding();
        return analyzer.analysisOf(doc).thenApply(analysis -> {
            List<Table> tables = analysis.succeeded() ? analysis.result().syntax().tables() : List.of();
            return template(tables.isEmpty() ? TableLayout.TABS : tables.get(0).layout(), lineEnding);
        });
    }

    private static Object template(TableLayout layout, String lineEnding) {
        return Map.of("snippet", ReportTemplate.skeleton(layout, ReportTemplate.defaultYear(), Snippets.snippet(), lineEnding));
    }

    private static Map<String, Object> outcome(boolean applied, int edits) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("applied", applied);
        out.put("edits", edits);
        return out;
    }

    private static String asString(Object arg) {
        if (arg instanceof String s) return s;
        if (arg instanceof JsonPrimitive p && p.isString()) return p.getAsString();
        if (arg instanceof JsonElement e && e.isJsonObject() && e.getAsJsonObject().has("uri")) {
            return e.getAsJsonObject().get("uri").getAsString();
        }
        return null;
    }

    private static <T> CompletableFuture<T> failed(String message) {
        return CompletableFuture.failedFuture(
                new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null)));
    }
}

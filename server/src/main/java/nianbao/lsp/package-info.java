/**
 * The language server: a thin LSP4J adapter over {@link nianbao.core.Checker}. It reports exactly what the checker
 * reports for the same text; everything here is about talking to editors.
 *
 * <h2>Contract with clients</h2>
 * <ul>
 *   <li>Documents: language id {@code nianbao}, and {@code plaintext} when
 *   {@link nianbao.core.ReportDetector#looksLikeReport} says so; others get nothing. Sync is incremental.</li>
 *   <li>Diagnostics: pushed (debounced) or, for clients that support it, pulled ({@code textDocument/diagnostic});
 *   {@code source} "nianbao", {@code code} NBxxx with {@code codeDescription}, related cells for arithmetic, and
 *   {@code data} = {@link nianbao.lsp.FixData} (the fixes' edits and the version they were made for).</li>
 *   <li>Code actions: {@code quickfix}; {@code source.fixAll.nianbao} (for {@code editor.codeActionsOnSave});
 *   {@code source.nianbao.recomputeTotals}.</li>
 *   <li>Commands: {@code nianbao.recomputeAllTotals [uri]} (edit sent with workspace/applyEdit, answers
 *   {@code {"applied", "edits"}}); {@code nianbao.reportTemplate [uri]} (answers {@code {"snippet"}}).</li>
 *   <li>Settings (one JSON shape, see {@link nianbao.core.config.NianbaoConfig}): {@code .nianbao.json} in the
 *   workspace folder, overridden by initializationOptions, overridden by the {@code nianbao} section of
 *   workspace/configuration. See {@link nianbao.lsp.Settings}.</li>
 *   <li>Positions: UTF-16, UTF-8 or UTF-32 as negotiated; all conversion is in {@link nianbao.lsp.Convert}.</li>
 * </ul>
 *
 * <h2>Threads</h2>
 * The LSP4J message thread applies document changes (in order) and hands everything else on: checks and request
 * work run on a small pool of worker threads ({@link nianbao.lsp.Analyzer}), so that a huge document never holds up
 * another, debounce timers on a timer thread ({@link nianbao.lsp.DiagnosticPublisher}). A version that a newer one
 * replaced is not checked, or its check is cancelled between phases and rules, and a result for an old version is
 * never published.
 *
 * <h2>Where things are</h2>
 * Lifecycle and wiring: {@link nianbao.lsp.NianbaoLanguageServer}, {@link nianbao.lsp.LspMain}. Requests:
 * {@link nianbao.lsp.ReportTextDocumentService}, {@link nianbao.lsp.ReportWorkspaceService}, which call one small
 * class per feature. Templates: {@link nianbao.lsp.ReportTemplate} over the files in
 * {@code /nianbao/templates/} and the format data.
 */
package nianbao.lsp;

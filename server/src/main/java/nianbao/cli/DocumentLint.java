package nianbao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.ReportDetector;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.TextEdit;
import nianbao.core.fix.FixPlan;
import nianbao.core.text.DecodedFile;
import nianbao.document.CellTextChange;
import nianbao.document.ConvertedDocument;
import nianbao.document.ConvertedDocument.PlacedSpan;
import nianbao.document.DocumentFindings;
import nianbao.document.DocumentKind;
import nianbao.document.DocumentReadException;
import nianbao.document.DocumentReaders;

/**
 * lint on a .docx, .html or .pdf: read it into the checker's text (the readers load only here), check it like text,
 * and with {@code --fix} write recomputed totals into the cells of a .docx or .html file. A file that cannot be checked (.doc,
 * a scan) gets one finding; a damaged one is an input error naming it.
 */
final class DocumentLint {
    private DocumentLint() {
    }

    static Optional<DocumentKind> kindOf(Path path) {
        return path == null ? Optional.empty() : DocumentKind.ofFileName(path.getFileName().toString());
    }

    /**
     * A file found in a directory that is not a report, left out rather than given a page of false findings: a
     * page or document whose text does not look like a report (a site's index.html, an attachment), or a .doc,
     * .wps or .ofd whose name does not say it is one (those cannot be looked into).
     */
    static boolean notAReport(Path path) {
        Optional<DocumentKind> kind = kindOf(path);
        if (kind.isEmpty() || kind.get().readable()) return false;
        return !REPORT_NAME.matcher(path.getFileName().toString()).find();
    }

    static boolean notAReport(InputFile input) {
        DocumentInput doc = input.document();
        return doc != null && doc.converted() != null && !ReportDetector.looksLikeReport(doc.converted().text());
    }

    private static final java.util.regex.Pattern REPORT_NAME = java.util.regex.Pattern.compile("年报|年度报告|政府信息公开");

    static InputFile read(Path path, String name, byte[] bytes, DocumentKind kind) throws LintCommand.InputException {
        try {
            ConvertedDocument converted = DocumentReaders.read(kind, bytes);
            return new InputFile(path, name, new DecodedFile(converted.text(), StandardCharsets.UTF_8, false),
                    new DocumentInput(kind, bytes, converted, null));
        } catch (DocumentReadException e) {
            throw new LintCommand.InputException(name + ": " + e.getMessage());
        } catch (DocumentReaders.UncheckableDocumentException e) {
            return new InputFile(path, name, new DecodedFile("", StandardCharsets.UTF_8, false),
                    new DocumentInput(kind, bytes, null, DocumentFindings.of(e.code(), name + ": " + e.getMessage())));
        }
    }

    static FileResult check(InputFile input, CheckOptions options, boolean fix, SafeFileWriter writer)
            throws LintCommand.InputException {
        DocumentInput document = input.document();
        CheckResult result = Checker.check(input.decoded().text(), options);
        if (document.cannotCheck() != null) return new FileResult(input, only(result, List.of(document.cannotCheck())), 0);
        if (!fix) return new FileResult(input, result, 0);
        List<TextEdit> edits = FixPlan.edits(result, EnumSet.of(FixKind.DERIVED_VALUE));
        if (edits.isEmpty()) return new FileResult(input, result, 0);
        if (!DocumentReaders.canRewriteCells(document.kind())) {
            Diagnostic note = DocumentFindings.of(DocumentFindings.FIX_NOT_WRITTEN, input.displayName() + ": "
                    + document.kind().displayName() + "不能自动修复：" + edits.size() + " 处总计请在原 Word 文档中修改");
            List<Diagnostic> all = new ArrayList<>(result.diagnostics());
            all.add(0, note);
            return new FileResult(input, only(result, all), 0);
        }
        List<CellTextChange> changes = cellChanges(document.converted(), result, edits);
        int[] missed = {0};
        try {
            byte[] fixed = DocumentReaders.rewriteCells(document.kind(), document.bytes(), changes, missed);
            // Written with every other fixed file once all can be (SafeFileWriter), never on its own now.
            writer.addBytes(input, fixed);
            InputFile reread = read(input.path(), input.displayName(), fixed, document.kind());
            return new FileResult(reread, Checker.check(reread.decoded().text(), options), changes.size() - missed[0]);
        } catch (DocumentReadException e) {
            throw new LintCommand.InputException(input.displayName() + ": 无法写入修复结果（" + e.getMessage() + "）");
        }
    }

    /** Each edit as the new text of the one table cell it falls in; edits that span cells or prose are left out. */
    private static List<CellTextChange> cellChanges(ConvertedDocument doc, CheckResult result, List<TextEdit> edits) {
        List<CellTextChange> changes = new ArrayList<>();
        String text = doc.text();
        for (TextEdit e : edits) {
            int start = result.source().startOffset(e.range());
            int end = result.source().endOffset(e.range());
            Optional<PlacedSpan> span = doc.spanAt(start);
            if (span.isEmpty() || !span.get().origin() || !span.get().place().inTable() || end > span.get().end()) continue;
            PlacedSpan s = span.get();
            String cell = text.substring(s.start(), start) + e.newText() + text.substring(end, s.end());
            changes.add(new CellTextChange(doc.tableSourceIndex(s.place().table()), s.place().row(),
                    s.place().cell(), cell));
        }
        return changes;
    }

    private static CheckResult only(CheckResult r, List<Diagnostic> diagnostics) {
        return new CheckResult(r.source(), r.report(), diagnostics, r.failures());
    }
}

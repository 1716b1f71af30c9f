package nianbao.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nianbao.core.bind.BoundReport;
import nianbao.core.bind.BoundValue;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Fix;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.Range;
import nianbao.core.diag.RelatedLocation;
import nianbao.core.diag.Severity;
import nianbao.core.diag.TextEdit;
import nianbao.core.format.FormatSpec;
import nianbao.core.syntax.Cell;
import nianbao.core.syntax.ReportSyntax;
import nianbao.core.syntax.Row;
import nianbao.core.text.SourceText;

/** What a rule sees (the bound report) and how it reports (ranges computed from offsets, fixes as edits). */
public final class RuleContext {
    private final BoundReport report;
    private final List<Diagnostic> out = new ArrayList<>();
    private Rule current;
    /** One instance of each message text across the rules of a check: a table pasted 500 times gives 14,000
     *  findings but ~30 distinct texts. */
    private final Map<String, String> messages;
    /** Facts derived from the report that several rules read, by kind: computed by the first rule that asks. */
    private final Map<Class<?>, Object> derived = new HashMap<>(4);

    public RuleContext(BoundReport report) {
        this(report, new HashMap<>());
    }

    RuleContext(BoundReport report, Map<String, String> sharedMessages) {
        this.report = report;
        this.messages = sharedMessages;
    }

    /** Starts {@code rule}'s findings: those of the rule before (taken, or dropped when it failed) are cleared. */
    void begin(Rule rule) {
        this.current = rule;
        out.clear();
        lastRange = null;
    }

    /**
     * A fact derived from the bound report that several rules need (the statements' truth table), computed once for
     * the rules of a check instead of once per rule; {@code compute} must read nothing but the report.
     */
    public <T> T derived(Class<T> kind, Function<BoundReport, T> compute) {
        Object known = derived.get(kind);
        if (known == null) {
            known = compute.apply(report);
            derived.put(kind, known);
        }
        return kind.cast(known);
    }

    public BoundReport report() {
        return report;
    }

    public ReportSyntax syntax() {
        return report.syntax();
    }

    public SourceText source() {
        return report.syntax().source();
    }

    public FormatSpec spec() {
        return report.spec();
    }

    public void report(Range range, String message) {
        report(range, message, List.of(), List.of());
    }

    public void report(Range range, String message, List<RelatedLocation> related, List<Fix> fixes) {
        nianbao.core.CheckCancellation.checkpoint(); // a rule reporting thousands of findings stops within one
        out.add(new Diagnostic(current.code(), current.defaultSeverity(), range, shared(message), related, fixes));
    }

    /** Like {@link #report(Range, String, List, List)} with a severity other than the rule's default. */
    public void report(Severity severity, Range range, String message, List<Fix> fixes) {
        out.add(new Diagnostic(current.code(), severity, range, message, List.of(), fixes));
    }

    List<Diagnostic> diagnostics() {
        return out;
    }

    public Range range(int start, int end) {
        // A finding and its fix usually name the same place one after the other: one Range for both (a line of
        // 50,000 Word markers has 50,000 of each).
        if (start == lastStart && end == lastEnd && lastRange != null) return lastRange;
        Range r = source().range(start, end);
        lastStart = start;
        lastEnd = end;
        lastRange = r;
        return r;
    }

    private int lastStart;
    private int lastEnd;
    private Range lastRange;

    /** One String for equal texts across the check's findings (messages, fix titles): many findings repeat theirs. */
    public String shared(String text) {
        String seen = messages.putIfAbsent(text, text);
        return seen == null ? text : seen;
    }

    /** A cell's content; for an empty cell, the tab before it, so that editors can show the spot. */
    public Range range(Cell cell) {
        if (cell.isEmpty() && cell.start() > 0 && source().text().charAt(cell.start() - 1) == '\t') {
            return range(cell.start() - 1, cell.start());
        }
        return range(cell.start(), cell.end());
    }

    /** Where a value stands, or for a missing cell the end of the row's last value. */
    public Range range(BoundValue v) {
        if (v.hasCell()) return range(v.cell());
        if (v.insertAt() >= 0) return range(v.insertAt(), v.insertAt());
        return rowRange(v.row().row);
    }

    /** A row's first line without padding. */
    public Range rowRange(Row row) {
        return lineRange(row.firstLine());
    }

    public Range lineRange(int line) {
        String text = source().line(line);
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        int base = source().lineStart(line);
        return range(base + start, base + end);
    }

    public Fix replace(String title, FixKind kind, int start, int end, String newText) {
        return new Fix(shared(title), kind, List.of(new TextEdit(range(start, end), newText)));
    }
}

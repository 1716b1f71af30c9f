package nianbao.core.syntax;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.core.format.FormatSpec;
import nianbao.core.format.FormatSpec.RowSpec;
import nianbao.core.format.FormatSpec.TableSpec;
import nianbao.core.format.FormatVersion;
import nianbao.core.text.Chars;
import nianbao.core.text.SourceText;

/**
 * Text whose line breaks and cell separators were lost: a whole table, or the whole report, on one line, cells run
 * together ("一、本年新收政府信息公开申请数量21710000218"). Such a table cannot be read; this finds it, and the
 * section headings that stand inline, so that the report still has its sections and the table one finding.
 */
final class FlattenedText {
    /** Row labels of every table in both versions, as written in the format. */
    private static final List<String> ROW_LABELS;
    /** Section titles of the 2021 format (2019 uses the same), index = section number − 1. */
    private static final List<String> TITLES;
    /** Numbers with a unit after them are prose ("56件"), not run-together cells. */
    private static final Pattern DIGITS = Pattern.compile("^[\\s\\u3000]*[0-9０-９][0-9０-９.]*(?![0-9０-９.]*[件条个次项篇人份万元%])");
    private static final Pattern INLINE_NUMBER = Pattern.compile("([一二三四五六])[、．.]\\s*$");
    /** Values run together: more digits in a row than any count or date in prose has. */
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9０-９]{9,}");
    /** Only long lines are looked at: a table on one line is long. */
    private static final int MIN_LENGTH = 60;

    static {
        Set<String> labels = new LinkedHashSet<>();
        for (FormatVersion v : FormatVersion.values()) {
            FormatSpec spec = FormatSpec.load(v);
            for (TableSpec t : List.of(spec.tables.active, spec.tables.requests, spec.tables.reviews)) {
                List<RowSpec> rows = new ArrayList<>();
                if (t.rows != null) rows.addAll(t.rows);
                if (t.blocks != null) t.blocks.forEach(b -> rows.addAll(b.rows));
                for (RowSpec r : rows) {
                    String core = HeadingMatcher.stripNumber(r.label);
                    if (core.length() >= 2) labels.add(core);
                }
            }
        }
        ROW_LABELS = List.copyOf(labels);
        TITLES = FormatSpec.load(FormatVersion.V2021).sections.stream().map(s -> s.title).toList();
    }

    private FlattenedText() {
    }

    /** Whether [from, to) of the text holds table labels each run together with the numbers after it. */
    static boolean isFlattenedTable(String text, int from, int to) {
        if (to - from < MIN_LENGTH) return false;
        String s = text.substring(from, to);
        if (s.indexOf('\t') >= 0) return false;
        int runTogether = 0;
        for (String label : ROW_LABELS) {
            int at = s.indexOf(label);
            while (at >= 0) {
                if (DIGITS.matcher(s.substring(at + label.length(), Math.min(s.length(), at + label.length() + 24))).find()) {
                    runTogether++;
                    break;
                }
                at = s.indexOf(label, at + 1);
            }
            if (runTogether >= 3) return true;
        }
        return false;
    }

    /** A section's text when the report's line breaks were lost: a table there has its values run together. */
    static boolean isFlattenedSection(String text, int from, int to) {
        return isFlattenedTable(text, from, to) || LONG_DIGIT_RUN.matcher(text.substring(from, to)).find();
    }

    /** A table on its own line: one row, one cell holding the whole run, so that findings can point at it. */
    static Table table(SourceText source, int line, int from, int to) {
        String text = source.text();
        int s = Chars.skipSpaces(text, from, to);
        int e = Chars.trimEnd(text, s, to);
        Cell cell = new Cell(s, e, text.substring(s, e), line);
        return new Table(TableLayout.FLATTENED, List.of(new Row(List.of(cell), line, line)), line, line);
    }

    /** Section headings standing inside one long line ("…二、主动公开政府信息情况第二十条…"), in order. */
    static List<Heading> inlineHeadings(SourceText source, int line) {
        String text = source.line(line);
        int base = source.lineStart(line);
        List<Heading> out = new ArrayList<>();
        for (int k = 0; k < TITLES.size(); k++) {
            String title = TITLES.get(k);
            int at = text.indexOf(title);
            while (at >= 0) {
                Matcher m = INLINE_NUMBER.matcher(text.substring(Math.max(0, at - 6), at));
                if (m.find()) {
                    int numberStart = Math.max(0, at - 6) + m.start();
                    int value = "一二三四五六".indexOf(m.group(1)) + 1;
                    out.add(new Heading(line, base + numberStart, base + at + title.length(), text.substring(numberStart, at),
                            base + numberStart, base + at, value, title, base + at, base + at + title.length(), k + 1));
                    break;
                }
                at = text.indexOf(title, at + 1);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}

package nianbao.core.rules;

import java.util.List;

import nianbao.core.bind.BoundTable;
import nianbao.core.bind.LabelMatch;
import nianbao.core.bind.LabelUse;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.Severity;
import nianbao.core.text.Chars;
import nianbao.core.text.WordMarkers;

/**
 * NB207: row labels, group labels and column headers in the official wording. A difference only in spaces or
 * full/half-width punctuation is reported as information; a difference in words as a warning.
 */
final class OfficialWording extends BaseRule {
    OfficialWording() {
        super("NB207", Severity.WARNING, "行标签或列标题与官方格式的文字不同");
    }

    @Override
    public void check(RuleContext ctx) {
        for (BoundTable t : ctx.report().allTables()) {
            for (LabelUse use : t.labels) {
                if (t.onDuplicateRow(use)) continue;
                LabelMatch.Difference diff = LabelMatch.compare(use.text(), use.official());
                if (diff == LabelMatch.Difference.NONE || diff == LabelMatch.Difference.NUMBERING) continue;
                String what = switch (use.kind()) {
                    case COLUMN_HEADER -> "列标题";
                    case BLOCK_HEADING -> "表头";
                    case NOTE -> "勾稽关系说明";
                    case GROUP_LABEL -> "分组标签";
                    default -> "行标签";
                };
                boolean minor = diff == LabelMatch.Difference.SPACING_OR_PUNCTUATION;
                String message = minor
                        ? what + "“" + use.cell().text() + "”的标点或空格与官方格式不同：应为“" + use.official() + "”"
                        : what + "“" + use.cell().text() + "”与官方格式的文字不同：应为“" + use.official() + "”";
                // A label joined from pieces on several lines (PDF text) cannot be replaced by one edit. Word markers
                // inside it are not its text: the edit replaces them too (it starts before their NB404 fixes, which
                // fix-all then drops as overlapping), as it would once NB404 has removed them.
                String span = ctx.source().text().substring(use.cell().start(), use.cell().end());
                boolean whole = Chars.canonical(WordMarkers.strip(span)).equals(Chars.canonical(use.cell().text()));
                boolean fixable = whole && !endsInValues(use.cell().text())
                        && !(span.indexOf('\n') >= 0 && lacksWords(use.cell().text(), use.official()));
                ctx.report(minor ? Severity.INFO : defaultSeverity(), ctx.range(use.cell()), message,
                        !fixable ? List.of() : List.of(ctx.replace("改为“" + use.official() + "”", FixKind.OFFICIAL_WORDING,
                                use.cell().start(), use.cell().end(), use.official())));
            }
        }
    }

    /**
     * Whether a label lacks words of the official one. For a label read from pieces on several lines this withholds
     * the fix: text copied from a browser or PDF breaks a label around its values, and the missing words may stand
     * on a line the reader did not join ("…申请" on the values' line, "数量" on the next); writing them into the
     * joined pieces would put them in twice and the next reading would differ. A joined label with words to spare
     * (a stray line "说明" read into it) contains the official one, and is replaced as a whole.
     */
    private static boolean lacksWords(String label, String official) {
        return !Chars.canonical(label).contains(Chars.canonical(official));
    }

    /**
     * Whether the label ends in numbers standing apart from its words ("…申请    2       0      0   0"): value cells
     * a damaged row ran into the label. Replacing it would delete the author's figures, and the row would read
     * differently afterwards. Scanned from the end, so a long label costs no more than its last tokens.
     */
    private static boolean endsInValues(String text) {
        int end = Chars.trimEnd(text, 0, text.length());
        boolean numbers = false;
        while (end > 0) {
            int start = end;
            while (start > 0 && isDigitOrPoint(text.charAt(start - 1))) start--;
            if (start == end || start == 0 || !isGap(text.charAt(start - 1))) break;
            numbers = true;
            end = Chars.trimEnd(text, 0, start);
        }
        return numbers && end > 0;
    }

    private static boolean isDigitOrPoint(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || c == '.' || c == '．';
    }

    private static boolean isGap(char c) {
        return c == '\t' || Chars.isSpace(c);
    }
}

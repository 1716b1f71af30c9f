package nianbao.core.rules.prose;

import java.util.List;

import nianbao.core.bind.CellValue;
import nianbao.core.diag.Severity;
import nianbao.core.rules.RuleContext;
import nianbao.core.syntax.Cell;
import nianbao.core.syntax.Row;
import nianbao.core.syntax.Table;

/** NB434: one table writing some values in half-width digits (18) and others in full-width digits (１８). */
public final class MixedDigitWidth extends ProseRule {
    public MixedDigitWidth() {
        super("NB434", Severity.INFO, "同一表格中混用半角数字和全角数字");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Table t : ctx.syntax().tables()) {
            // Most tables hold no full-width digit at all: then no cell's reading is needed.
            if (!anyFullWidthDigit(t)) continue;
            int half = 0;
            int full = 0;
            Cell firstHalf = null;
            Cell firstFull = null;
            for (Row r : t.rows()) {
                for (int i = 0; i < r.cellCount(); i++) {
                    String text = r.cellText(i);
                    if (text.isEmpty()) continue;
                    // Only a cell of one digit width counts, and only when it reads as a value: the cheap test first.
                    int kind = width(text);
                    if (kind == 0 || !CellValue.looksLikeValue(text)) continue;
                    if (kind == 1) {
                        half++;
                        if (firstHalf == null) firstHalf = r.cell(i);
                    } else if (kind == 2) {
                        full++;
                        if (firstFull == null) firstFull = r.cell(i);
                    }
                }
            }
            if (half == 0 || full == 0) continue;
            Cell minority = full <= half ? firstFull : firstHalf;
            ctx.report(ctx.range(minority), "同一表格中有 " + half + " 个单元格用半角数字、" + full + " 个单元格用全角数字（如“"
                    + minority.text() + "”）：应统一为" + (full <= half ? "半角" : "全角") + "数字", List.of(), List.of());
        }
    }

    private static boolean anyFullWidthDigit(Table t) {
        for (Row r : t.rows()) {
            for (int i = 0; i < r.cellCount(); i++) {
                String text = r.cellText(i);
                for (int k = 0; k < text.length(); k++) {
                    char c = text.charAt(k);
                    if (c >= '０' && c <= '９') return true;
                }
            }
        }
        return false;
    }

    /** 1 for half-width digits only, 2 for full-width digits only, 0 otherwise. */
    private static int width(String s) {
        boolean half = false;
        boolean full = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            half |= c >= '0' && c <= '9';
            full |= c >= '０' && c <= '９';
        }
        return half == full ? 0 : half ? 1 : 2;
    }
}

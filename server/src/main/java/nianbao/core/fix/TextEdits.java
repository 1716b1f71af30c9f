package nianbao.core.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nianbao.core.diag.TextEdit;
import nianbao.core.text.SourceText;

/** Applies text edits to a text: all positions refer to the original text; overlapping edits are dropped. */
public final class TextEdits {
    private TextEdits() {
    }

    public static String apply(SourceText source, List<TextEdit> edits) {
        record Offsets(int start, int end, String text) {
        }
        List<Offsets> list = new ArrayList<>();
        for (TextEdit e : edits) list.add(new Offsets(source.startOffset(e.range()), source.endOffset(e.range()), e.newText()));
        list.sort(Comparator.comparingInt(Offsets::start).thenComparingInt(Offsets::end));
        StringBuilder out = new StringBuilder(source.text().length() + 64);
        int at = 0;
        for (Offsets o : list) {
            if (o.start < at) continue;
            out.append(source.text(), at, o.start).append(o.text);
            at = o.end;
        }
        return out.append(source.text(), at, source.text().length()).toString();
    }

    /** Keeps the edits that do not overlap an earlier one in the list (two inserts at one spot also conflict). */
    public static List<TextEdit> withoutOverlaps(SourceText source, List<TextEdit> edits) {
        List<TextEdit> kept = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (TextEdit e : edits) {
            int s = source.startOffset(e.range());
            int t = source.endOffset(e.range());
            boolean clash = taken.stream().anyMatch(r -> (s < r[1] && r[0] < t) || s == r[0]);
            if (clash) continue;
            taken.add(new int[]{s, t});
            kept.add(e);
        }
        return kept;
    }
}

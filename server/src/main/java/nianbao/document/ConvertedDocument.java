package nianbao.document;

import java.util.List;
import java.util.Optional;

/**
 * A document turned into the checker's text (the tab layout: one table row per line, cells separated by tabs, merged
 * cells expanded as the official table has them), and where each cell and paragraph of that text came from.
 *
 * @param spans              text ranges in order of their start offset, each with its place in the original
 * @param tableSourceIndexes for 表n (index n-1), its {@link DocumentContent.SourceTable#sourceIndex()}
 */
public record ConvertedDocument(DocumentKind kind, String text, List<PlacedSpan> spans, List<Integer> tableSourceIndexes) {
    public ConvertedDocument {
        spans = List.copyOf(spans);
        tableSourceIndexes = List.copyOf(tableSourceIndexes);
    }

    /** Which table element of the file table {@code number} (表n) is, for writers that find it again. */
    public int tableSourceIndex(int number) {
        return tableSourceIndexes.get(number - 1);
    }

    /**
     * A range of the text and its origin.
     *
     * @param origin true for the slot where a merged cell's own text stands, false for the empty slots it also covers
     */
    public record PlacedSpan(int start, int end, SourcePlace place, boolean origin) {
    }

    /** The place of the cell or paragraph holding this offset of the text (a separator belongs to the cell before). */
    public Optional<SourcePlace> placeAt(int offset) {
        return spanAt(offset).map(PlacedSpan::place);
    }

    /** The span holding this offset, or the last one starting before it on the same line. */
    public Optional<PlacedSpan> spanAt(int offset) {
        int lo = 0, hi = spans.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) return Optional.empty();
        PlacedSpan span = spans.get(found);
        int lineBreak = text.indexOf('\n', span.end());
        if (lineBreak >= 0 && lineBreak < offset) return Optional.empty();
        return Optional.of(span);
    }
}

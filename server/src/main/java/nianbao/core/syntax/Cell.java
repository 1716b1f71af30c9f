package nianbao.core.syntax;

import nianbao.core.text.SmallNumberTexts;

/**
 * One table cell. {@code start}/{@code end} are the offsets of its content without padding (a cell whose text
 * wraps onto following lines spans them); an empty cell has {@code start == end} at the place its value would go.
 *
 * @param text the content, wrapped parts joined without separator, padding removed
 */
public record Cell(int start, int end, String text, int line) {
    public Cell {
        // Most cells hold a small number: one shared String each instead of one per cell (a table pasted 500 times).
        text = SmallNumberTexts.shared(text);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}

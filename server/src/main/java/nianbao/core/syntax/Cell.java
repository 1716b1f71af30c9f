package nianbao.core.syntax;

/**
 * One table cell. {@code start}/{@code end} are the offsets of its content without padding (a cell whose text
 * wraps onto following lines spans them); an empty cell has {@code start == end} at the place its value would go.
 *
 * @param text the content, wrapped parts joined without separator, padding removed
 */
public record Cell(int start, int end, String text, int line) {
    public boolean isEmpty() {
        return text.isEmpty();
    }
}

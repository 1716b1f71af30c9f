package nianbao.core.diag;

/** Replace the text in {@code range} with {@code newText}. An empty range inserts. */
public record TextEdit(Range range, String newText) {
}

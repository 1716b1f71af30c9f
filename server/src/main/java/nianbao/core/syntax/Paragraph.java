package nianbao.core.syntax;

/** Consecutive non-blank lines of prose. */
public record Paragraph(int firstLine, int lastLine) implements Block {
}

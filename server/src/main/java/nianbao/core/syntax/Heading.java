package nianbao.core.syntax;

/**
 * A line recognised as one of the six section headings.
 *
 * @param numbering     the numbering prefix as written ("一、", "2、 ", "1."), "" if none
 * @param numberValue   the number it stands for, -1 if none
 * @param title         the title as written (trimmed)
 * @param sectionNumber the official section (1–6) the title matches best
 * @param start         offset of the heading text (after any residue such as a Word bookmark)
 */
public record Heading(int line, int start, int end, String numbering, int numberStart, int numberEnd,
                      int numberValue, String title, int titleStart, int titleEnd, int sectionNumber) {
}

package nianbao.core.syntax;

/** A top-level piece of a section: a paragraph of prose or a table. Line numbers are 0-based and inclusive. */
public sealed interface Block permits Paragraph, Table {
    int firstLine();

    int lastLine();
}

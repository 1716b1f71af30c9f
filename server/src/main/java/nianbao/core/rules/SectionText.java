package nianbao.core.rules;


import nianbao.core.syntax.Section;
import nianbao.core.text.SourceText;

/** The prose of a section, for rules that read what it says. */
final class SectionText {
    private SectionText() {
    }


    /** The section's body (every line after the heading), joined. */
    static String body(RuleContext ctx, Section s) {
        SourceText src = ctx.source();
        // Sized for the section's text (its lines, less their endings, plus one '\n' each): no growing copies.
        StringBuilder b = new StringBuilder(Math.max(16, src.lineEnd(s.lastLine()) - src.lineStart(s.firstLine()) + 1));
        // Text after the heading on its own line: a report whose line breaks were lost has its sections inline.
        int line = s.heading().line();
        int end = ctx.source().lineContentEnd(line);
        for (Section other : ctx.syntax().sections()) {
            if (other.heading().line() == line && other.heading().start() > s.heading().start()) {
                end = Math.min(end, other.heading().start());
            }
        }
        if (end > s.heading().end()) b.append(ctx.source().text(), s.heading().end(), end).append('\n');
        for (int i = s.firstLine() + 1; i <= s.lastLine(); i++) {
            b.append(src.text(), src.lineStart(i), src.lineContentEnd(i)).append('\n');
        }
        return b.toString();
    }
}

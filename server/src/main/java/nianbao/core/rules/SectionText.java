package nianbao.core.rules;


import nianbao.core.syntax.Section;

/** The prose of a section, for rules that read what it says. */
final class SectionText {
    private SectionText() {
    }


    /** The section's body (every line after the heading), joined. */
    static String body(RuleContext ctx, Section s) {
        StringBuilder b = new StringBuilder();
        // Text after the heading on its own line: a report whose line breaks were lost has its sections inline.
        int line = s.heading().line();
        int end = ctx.source().lineContentEnd(line);
        for (Section other : ctx.syntax().sections()) {
            if (other.heading().line() == line && other.heading().start() > s.heading().start()) {
                end = Math.min(end, other.heading().start());
            }
        }
        if (end > s.heading().end()) b.append(ctx.source().text(), s.heading().end(), end).append('\n');
        for (int i = s.firstLine() + 1; i <= s.lastLine(); i++) b.append(ctx.source().line(i)).append('\n');
        return b.toString();
    }
}

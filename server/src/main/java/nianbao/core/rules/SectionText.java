package nianbao.core.rules;


import nianbao.core.syntax.Section;

/** The prose of a section, for rules that read what it says. */
final class SectionText {
    private SectionText() {
    }


    /** The section's body (every line after the heading), joined. */
    static String body(RuleContext ctx, Section s) {
        StringBuilder b = new StringBuilder();
        for (int i = s.firstLine() + 1; i <= s.lastLine(); i++) b.append(ctx.source().line(i)).append('\n');
        return b.toString();
    }
}

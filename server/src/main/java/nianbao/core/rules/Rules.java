package nianbao.core.rules;

import java.util.List;
import java.util.Optional;

/** Every rule, in code order. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            new MissingSection(), new SectionOrder(), new Numbering(), new SectionTitle(), new MissingTable(), new UnreadableTable(),
            new ValueCount(), new EmptyCell(), new NotANumber(), new NegativeOrFraction(), new BrokenRow(),
            new RowStructure(), new OfficialWording(), new VersionMismatch(), new TraditionalCharacters(),
            new RowTotal(), new ResultTotal(), new Balance(), new ReviewTotal(),
            new FeeStatement(), new EmptyProblemsSection(), new ProseNumbers(), new Residue());

    /** The project's README; each rule has an anchor there named after its code. */
    public static final String DOCS = "https://github.com/nianbao/nianbao/blob/main/README.md";

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** Where the rule is documented: its row in the README's rule table. */
    public static String documentationUrl(String code) {
        return DOCS + "#" + code.toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Rule> byCode(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}

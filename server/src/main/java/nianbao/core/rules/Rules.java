package nianbao.core.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nianbao.core.rules.prose.ProseRules;

/** Every rule, in code order. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            new MissingSection(), new SectionOrder(), new Numbering(), new SectionTitle(), new MissingTable(),
            new UnreadableTable(), new EmptyReport(),
            new ValueCount(), new EmptyCell(), new NotANumber(), new NegativeOrFraction(), new BrokenRow(),
            new RowStructure(), new OfficialWording(), new VersionMismatch(), new TraditionalCharacters(), new LostCellFound(),
            new RowTotal(), new ResultTotal(), new BalanceRule(), new ReviewTotal(),
            new FeeStatement(), new EmptyProblemsSection(), new ProseNumbers(), new Residue());

    /** With the rules that read the prose (package {@code prose}: NB405–NB449), after the others. */
    private static final List<Rule> ALL_WITH_PROSE = Stream.concat(ALL.stream(), ProseRules.ALL.stream()).toList();

    /** The project's README; each rule has an anchor there named after its code. */
    public static final String DOCS = "https://github.com/nianbao/nianbao/blob/main/README.md";

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL_WITH_PROSE;
    }

    /** Where the rule is documented: its row in the README's rule table. */
    public static String documentationUrl(String code) {
        return DOCS + "#" + code.toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Rule> byCode(String code) {
        return ALL_WITH_PROSE.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}

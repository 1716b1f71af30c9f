package nianbao.core.rules.prose;

import java.util.List;

import nianbao.core.rules.Rule;

/** The rules that read the prose, in code order: prose against tables, plausibility, the text's own slips. */
public final class ProseRules {
    public static final List<Rule> ALL = List.of(
            new HandlingStatements(), new OutcomeStatements(), new VerdictStatements(), new ActiveDisclosureStatements(),
            new FeeNoticeStatements(), new ReportYearStatements(),
            new TownshipRegulations(), new ActiveCountsPlausibility(),
            new EnumerationOrder(), new AnnouncedParts(), new RepeatedWords(), new AsciiPunctuation(), new MixedDigitWidth(),
            new ProblemsAndMeasures());

    private ProseRules() {
    }
}

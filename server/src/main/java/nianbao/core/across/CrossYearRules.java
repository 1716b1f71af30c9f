package nianbao.core.across;

import java.util.List;
import java.util.Optional;

/** Every cross-year rule, in code order (NB501–NB509 are reserved for them). */
public final class CrossYearRules {
    private static final List<CrossYearRule> ALL = List.of(
            new CarriedOverMismatch(), new ValidDocumentsCount(), new RepeatedText(), new YearOverYearJump(),
            new DuplicateYearReport(), new FormatVersionRegression());

    private CrossYearRules() {
    }

    public static List<CrossYearRule> all() {
        return ALL;
    }

    public static Optional<CrossYearRule> byCode(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}

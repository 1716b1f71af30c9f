package nianbao.core.across;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which reports go together: last year's and this year's report of one agency (same normalised agency in the
 * title, consecutive report years), and reports of one agency for the same year. A year with two reports pairs with
 * neither neighbour: which of the two is meant cannot be known. A {@code previous} named explicitly (the
 * {@code .nianbao.json} setting) wins over the agency in the titles (names change), as long as the title years, when
 * both are known, are consecutive: a setting shared by a folder must not pair reports of other years.
 *
 * @param pairs    each report with the report of the year before, in the order the reports were given
 * @param sameYear groups of two or more reports of one agency for one year, where that keeps a report from being
 *                 paired: the agency's neighbouring years are among the reports too, or the {@code previous} named
 *                 has this year's year
 */
public record ReportPairing(List<YearPair> pairs, List<List<YearReport>> sameYear) {

    /**
     * @param explicitPrevious current report's document id → last year's report's document id (both among
     *                         {@code reports}); may be empty
     */
    public static ReportPairing of(List<YearReport> reports, Map<String, String> explicitPrevious) {
        Map<String, List<YearReport>> byAgencyYear = new LinkedHashMap<>();
        Map<String, YearReport> byDocument = new HashMap<>();
        for (YearReport r : reports) {
            byDocument.putIfAbsent(r.document(), r);
            if (r.agency().isEmpty() || r.year().isEmpty()) continue;
            byAgencyYear.computeIfAbsent(key(r.agency().get(), r.year().getAsInt()), k -> new ArrayList<>()).add(r);
        }
        List<YearPair> pairs = new ArrayList<>();
        for (YearReport r : reports) {
            String named = explicitPrevious.get(r.document());
            if (named != null) {
                YearReport previous = byDocument.get(named);
                if (previous != null && previous != r && consecutiveOrUnknown(previous, r)) {
                    pairs.add(new YearPair(previous, r));
                    continue;
                }
            }
            if (r.agency().isEmpty() || r.year().isEmpty()) continue;
            List<YearReport> same = byAgencyYear.get(key(r.agency().get(), r.year().getAsInt()));
            List<YearReport> before = byAgencyYear.get(key(r.agency().get(), r.year().getAsInt() - 1));
            if (same.size() == 1 && before != null && before.size() == 1) pairs.add(new YearPair(before.get(0), r));
        }
        List<List<YearReport>> sameYear = new ArrayList<>();
        for (List<YearReport> group : byAgencyYear.values()) {
            if (group.size() < 2) continue;
            // Variants of one report side by side are not a defect; they are when the agency's other years are
            // there too, and the duplicate keeps this year from being checked against last year.
            String agency = group.get(0).agency().get();
            int year = group.get(0).year().getAsInt();
            if (byAgencyYear.containsKey(key(agency, year - 1)) || byAgencyYear.containsKey(key(agency, year + 1))) {
                sameYear.add(List.copyOf(group));
            }
        }
        for (YearReport r : reports) {
            YearReport named = byDocument.get(explicitPrevious.getOrDefault(r.document(), ""));
            if (named != null && named != r && r.year().isPresent() && named.year().equals(r.year())) {
                sameYear.add(List.of(named, r));
            }
        }
        return new ReportPairing(List.copyOf(pairs), List.copyOf(sameYear));
    }

    /** This year's partner: last year's report, or null. */
    public YearReport previousOf(YearReport current) {
        for (YearPair p : pairs) {
            if (p.current() == current) return p.previous();
        }
        return null;
    }

    /** A named previous report pairs with this year's unless the titles say they are not consecutive years. */
    private static boolean consecutiveOrUnknown(YearReport previous, YearReport current) {
        return previous.year().isEmpty() || current.year().isEmpty()
                || previous.year().getAsInt() + 1 == current.year().getAsInt();
    }

    private static String key(String agency, int year) {
        return agency + "\u0000" + year;
    }
}

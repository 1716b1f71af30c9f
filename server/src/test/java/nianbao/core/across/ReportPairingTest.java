package nianbao.core.across;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.testing.Fixtures;

/** Which reports pair: same agency and consecutive years; never an ambiguous year; a named previous wins. */
class ReportPairingTest {
    private static final String PAIR = "across/clean-pair-tabs/";

    private static YearReport report(String name, String text) {
        return new YearReport(name, name, Checker.check(text, CheckOptions.DEFAULT));
    }

    private static String lastYear() {
        return Fixtures.text(PAIR + "last-year.txt");
    }

    private static String thisYear() {
        return Fixtures.text(PAIR + "this-year.txt");
    }

    @Test
    void consecutiveYearsOfOneAgencyPairInWhateverOrderTheyCome() {
        YearReport now = report("now", thisYear());
        YearReport before = report("before", lastYear());
        YearReport other = report("other", lastYear().replace("星湖区民政局", "星湖区司法局"));
        ReportPairing pairing = ReportPairing.of(List.of(now, other, before), Map.of());
        assertEquals(1, pairing.pairs().size());
        assertSame(before, pairing.previousOf(now));
        assertNull(pairing.previousOf(before));
        assertTrue(pairing.sameYear().isEmpty());
    }

    @Test
    void twoReportsOfOneYearPairWithNeitherNeighbourAndAreGroupedOnlyWhenTheyBlockAPair() {
        YearReport now = report("now", thisYear());
        YearReport copy = report("copy", thisYear());
        assertTrue(ReportPairing.of(List.of(now, copy), Map.of()).sameYear().isEmpty(), "variants side by side");
        YearReport before = report("before", lastYear());
        ReportPairing pairing = ReportPairing.of(List.of(now, copy, before), Map.of());
        assertTrue(pairing.pairs().isEmpty());
        assertEquals(List.of(List.of(now, copy)), pairing.sameYear());
    }

    @Test
    void aNamedPreviousPairsAcrossRenamesButNotAcrossYearsThatAreNotConsecutive() {
        YearReport now = report("now", thisYear());
        YearReport renamed = report("renamed", lastYear().replace("星湖区民政局", "星湖区民政和养老服务局"));
        assertTrue(ReportPairing.of(List.of(now, renamed), Map.of()).pairs().isEmpty());
        assertSame(renamed, ReportPairing.of(List.of(now, renamed), Map.of("now", "renamed")).previousOf(now));
        YearReport older = report("older", lastYear().replace("2023", "2021"));
        assertNull(ReportPairing.of(List.of(now, older), Map.of("now", "older")).previousOf(now));
        YearReport sameYear = report("same", thisYear());
        ReportPairing named = ReportPairing.of(List.of(now, sameYear), Map.of("now", "same"));
        assertNull(named.previousOf(now));
        assertEquals(List.of(List.of(sameYear, now)), named.sameYear());
    }
}

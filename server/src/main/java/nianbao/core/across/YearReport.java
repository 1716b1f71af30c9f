package nianbao.core.across;

import java.util.Optional;
import java.util.OptionalInt;

import nianbao.core.CheckResult;
import nianbao.core.bind.BoundTable;
import nianbao.core.format.FormatVersion;

/**
 * One checked report among several: how the caller names it (a path in the CLI, a URI in the language server), its
 * check result, and what pairing needs to know about it (agency, year, the format its tables are written in).
 */
public final class YearReport {
    private final String document;
    private final String displayName;
    private final CheckResult result;
    private final Optional<String> agency;

    /**
     * @param document    the caller's id, used in related locations that point into this report
     * @param displayName how messages name the report (a file name)
     */
    public YearReport(String document, String displayName, CheckResult result) {
        this.document = document;
        this.displayName = displayName;
        this.result = result;
        this.agency = AgencyNames.agencyOf(result.syntax());
    }

    public String document() {
        return document;
    }

    public String displayName() {
        return displayName;
    }

    public CheckResult result() {
        return result;
    }

    public Optional<String> agency() {
        return agency;
    }

    public OptionalInt year() {
        return result.syntax().reportYear();
    }

    /** The version the tables are written in: what their labels signal, else the version bound. */
    public FormatVersion tablesVersion() {
        int v2019 = 0;
        int v2021 = 0;
        for (BoundTable t : result.report().allTables()) {
            if (t.signalledVersion == FormatVersion.V2019) v2019++;
            if (t.signalledVersion == FormatVersion.V2021) v2021++;
        }
        if (v2019 != v2021) return v2019 > v2021 ? FormatVersion.V2019 : FormatVersion.V2021;
        return result.report().version();
    }

    /** Whether the tables say which version they are written in (at least one table's labels fit only one). */
    public boolean tablesSignalVersion() {
        return result.report().allTables().stream().anyMatch(t -> t.signalledVersion != null);
    }

    @Override
    public String toString() {
        return displayName;
    }
}

package nianbao.cli;

import java.nio.file.Path;
import java.util.Locale;

import nianbao.core.ReportDetector;

/**
 * Which files found in a directory are reports, by the rules the editors use: a {@code .nianbao} file, a
 * {@code .txt} whose name says 年度报告 or 年报 (the extension's {@code filenamePatterns}), or any text whose start
 * looks like a report ({@link ReportDetector}, as for plain-text documents in the editor). Other {@code .txt}
 * files in a folder of reports (notes, lists, readme) are skipped and counted; files named on the command line
 * are always checked, so this filter is not asked about them.
 */
final class DirectoryReportFilter {
    private DirectoryReportFilter() {
    }

    static boolean looksLikeReport(InputFile input) {
        Path path = input.path();
        if (path != null && path.getFileName() != null) {
            String name = path.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".nianbao")) return true;
            if (lower.endsWith(".txt") && (name.contains("年度报告") || name.contains("年报"))) return true;
        }
        return ReportDetector.looksLikeReport(input.decoded().text());
    }
}

package nianbao.core.rules;

import nianbao.core.bind.BoundTable;
import nianbao.core.diag.Severity;
import nianbao.core.format.FormatSpec;

/** NB208: every table in the version the report's year requires (2021 format from the 2021 report on). */
final class VersionMismatch extends BaseRule {
    VersionMismatch() {
        super("NB208", Severity.WARNING, "混用了 2019 版和 2021 版的表格，或表格版本与报告年度不符");
    }

    @Override
    public void check(RuleContext ctx) {
        var report = ctx.report();
        for (BoundTable t : report.allTables()) {
            if (t.signalledVersion == null || t.signalledVersion == report.version()) continue;
            FormatSpec used = FormatSpec.load(t.signalledVersion);
            FormatSpec wanted = report.spec();
            ctx.report(ctx.lineRange(t.firstLine()), "表格“" + t.spec.name + "”是 " + used.version + " 版格式（" + used.source
                    + "），但本报告" + "（" + report.versionReason() + "）应使用 " + wanted.version + " 版格式（" + wanted.source + "）");
        }
    }
}

package nianbao.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nianbao.core.Checker;
import nianbao.core.bind.BoundReport;
import nianbao.core.config.CheckOptions;

/** {@link RuleContext#derived}: a fact several rules read is computed once for the rules of a check, and per check. */
class RuleContextDerivedTest {
    private static final String REPORT = "星湖区民政局2024年政府信息公开工作年度报告\n\n一、总体情况\n全年收到申请19件。\n";

    @Test
    void computedOncePerCheckAndAgainForTheNext() {
        BoundReport report = Checker.check(REPORT, CheckOptions.DEFAULT).report();
        AtomicInteger computed = new AtomicInteger();
        RuleContext one = new RuleContext(report);
        StringBuilder first = one.derived(StringBuilder.class, r -> {
            computed.incrementAndGet();
            return new StringBuilder(r.syntax().source().text().length());
        });
        assertSame(first, one.derived(StringBuilder.class, r -> new StringBuilder("not asked")));
        assertEquals(1, computed.get());
        RuleContext next = new RuleContext(report);
        next.derived(StringBuilder.class, r -> {
            computed.incrementAndGet();
            return new StringBuilder();
        });
        assertEquals(2, computed.get());
    }
}

package nianbao.core.rules.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.testing.Fixtures;

/**
 * A report whose prose states its figures the way real reports do, and agrees with its tables (its golden file is
 * empty): changing one stated number makes exactly the rule for that statement report it, on that line; changing a
 * number that is not a statement of the tables (another scope, another kind of count) reports nothing.
 */
class ProseStatementChangeTest {
    private static final String CLEAN = Fixtures.text("prose-statements-clean.txt");

    /** The statement as written, the same statement with another number, and the code that must report it. */
    private static final List<String[]> STATED = List.of(
            new String[]{"受理政府信息公开申请19件", "受理政府信息公开申请20件", "NB403"},
            new String[]{"；上年结转2件", "；上年结转4件", "NB405"},
            new String[]{"（其中上年结转2件）", "（其中上年结转1件）", "NB405"},
            new String[]{"已办结18件", "已办结21件", "NB405"},
            new String[]{"结转下年度继续办理3件", "结转下年度继续办理0件", "NB405"},
            new String[]{"予以公开10件", "予以公开11件", "NB406"},
            new String[]{"占11.1%", "占12.5%", "NB406"},
            new String[]{"无法提供4件", "无法提供5件", "NB406"},
            new String[]{"行政复议2件", "行政复议3件", "NB403"},
            new String[]{"行政诉讼1件", "行政诉讼2件", "NB403"},
            new String[]{"现行有效行政规范性文件12件", "现行有效行政规范性文件13件", "NB408"},
            new String[]{"行政强制决定2件", "行政强制决定4件", "NB408"},
            new String[]{"行政事业性收费2.35万元", "行政事业性收费3.35万元", "NB408"});

    /** Numbers that are not statements of the tables: changing them changes nothing. */
    private static final List<String[]> NOT_STATED = List.of(
            new String[]{"当面申请3件", "当面申请4件"},
            new String[]{"结果维持1件", "结果维持2件"},
            new String[]{"增加5件", "增加6件"},
            new String[]{"政务微博发布1,286条", "政务微博发布1,287条"},
            new String[]{"共收到政府信息公开申请1,022件", "共收到政府信息公开申请1,023件"},
            new String[]{"我局收到申请15件", "我局收到申请16件"},
            new String[]{"开展培训3次", "开展培训4次"});

    @TestFactory
    Stream<DynamicTest> aChangedStatementIsReportedByItsRuleOnItsLine() {
        assertEquals(List.of(), Checker.check(CLEAN, CheckOptions.DEFAULT).diagnostics());
        return STATED.stream().map(c -> DynamicTest.dynamicTest(c[1], () -> {
            assertTrue(CLEAN.contains(c[0]), c[0]);
            String changed = CLEAN.replace(c[0], c[1]);
            int line = lineOf(changed, changed.indexOf(c[1]));
            List<Diagnostic> found = Checker.check(changed, CheckOptions.DEFAULT).diagnostics();
            assertEquals(1, found.size(), found.toString());
            assertEquals(c[2], found.get(0).code());
            assertEquals(line, found.get(0).range().startLine());
        }));
    }

    @TestFactory
    Stream<DynamicTest> aChangedNumberOfAnotherKindOrScopeIsNot() {
        return NOT_STATED.stream().map(c -> DynamicTest.dynamicTest(c[1], () -> {
            assertTrue(CLEAN.contains(c[0]), c[0]);
            assertEquals(List.of(), Checker.check(CLEAN.replace(c[0], c[1]), CheckOptions.DEFAULT).diagnostics());
        }));
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}

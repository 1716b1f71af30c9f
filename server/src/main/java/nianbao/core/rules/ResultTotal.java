package nianbao.core.rules;

import nianbao.core.bind.Formula;

/** NB302: in each column of 三, （七）总计 = （一）+（二）+ the items under （三）–（六）. */
final class ResultTotal extends SumRule {
    ResultTotal() {
        super("NB302", "第三部分（七）总计不等于（一）至（六）各项之和");
    }

    @Override
    String describe(Formula formula) {
        return "本列（一）至（六）各项之和";
    }
}

package nianbao.core.rules;

import nianbao.core.bind.Formula;

/** NB301: in each row of 三, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他. */
final class RowTotal extends SumRule {
    RowTotal() {
        super("NB301", "第三部分某行的总计不等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他之和");
    }

    @Override
    String describe(Formula formula) {
        return "本行自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他";
    }
}

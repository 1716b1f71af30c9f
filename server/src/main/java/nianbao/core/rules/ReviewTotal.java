package nianbao.core.rules;

import nianbao.core.bind.Formula;

/** NB304: in each group of 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
final class ReviewTotal extends SumRule {
    ReviewTotal() {
        super("NB304", "第四部分某组的总计不等于结果维持、结果纠正、其他结果、尚未审结之和");
    }

    @Override
    String describe(Formula formula) {
        return "结果维持+结果纠正+其他结果+尚未审结";
    }
}

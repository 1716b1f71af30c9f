package nianbao.core.rules.prose;

import java.math.BigDecimal;

/**
 * A number as the prose writes it, in {@link ProseIndex} positions: {@code [start, end)} are its digits or
 * numerals, {@code unit} what follows ("件", "万元", "%", "年", "" for none), {@code unitEnd} the end of the unit.
 *
 * @param chinese written in Chinese numerals (十二件): a fix would have to write numerals, so none is offered
 * @param quoted  written in quotes (“0”行政复议)
 */
record ProseNumber(int start, int end, BigDecimal value, String unit, int unitEnd, boolean chinese, boolean quoted) {
    boolean isCount() {
        return switch (unit) {
            case "件", "起", "宗", "个", "份", "部", "次", "项", "条" -> true;
            default -> false;
        };
    }

    boolean isYear() {
        return unit.equals("年") && !chinese && end - start == 4;
    }
}

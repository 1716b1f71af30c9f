package nianbao.core.bind;

import java.util.List;

/**
 * The 勾稽 relation of a column of section 三: 一 + 二 = （七）总计 + 四. It has no fix: which side is wrong
 * cannot be known.
 */
public record Balance(String columnLabel, List<BoundValue> left, List<BoundValue> right) {
    public Balance {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }
}

package nianbao.core.bind;

import java.util.List;

/**
 * A derived cell and the cells it is the sum of: a row's 总计 (NB301), the （七）总计 of a column (NB302),
 * a 总计 of section 四 (NB304).
 */
public record Formula(String code, BoundValue target, List<BoundValue> parts) {
    public Formula {
        parts = List.copyOf(parts);
    }
}

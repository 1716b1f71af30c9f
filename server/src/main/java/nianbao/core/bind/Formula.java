package nianbao.core.bind;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A derived cell and the cells it is the sum of: a row's 总计 (NB301), the （七）总计 of a column (NB302),
 * a 总计 of section 四 (NB304).
 */
public record Formula(String code, BoundValue target, List<BoundValue> parts) {
    public Formula {
        parts = parts instanceof OwnParts ? parts : List.copyOf(parts);
    }

    /** A formula over an array of parts made for it alone, which it keeps instead of copying. */
    static Formula over(String code, BoundValue target, BoundValue[] parts) {
        return new Formula(code, target, new OwnParts(parts));
    }

    /** An unmodifiable list over an array no one else holds: binding makes tens of formulas per table. */
    private static final class OwnParts extends AbstractList<BoundValue> implements RandomAccess {
        private final BoundValue[] parts;

        OwnParts(BoundValue[] parts) {
            for (BoundValue p : parts) Objects.requireNonNull(p);
            this.parts = parts;
        }

        @Override
        public BoundValue get(int index) {
            return parts[index];
        }

        @Override
        public int size() {
            return parts.length;
        }
    }
}

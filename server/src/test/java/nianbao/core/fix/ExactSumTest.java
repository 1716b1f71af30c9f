package nianbao.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The sum in a long gives what adding every term to BigDecimal.ZERO gives: the same value and the same scale. */
class ExactSumTest {
    @Test
    void sumsAsBigDecimalWouldWhateverTheTerms() {
        long seed = 20261130L;
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            int terms = random.nextInt(12);
            ExactSum sum = new ExactSum(terms);
            BigDecimal expected = BigDecimal.ZERO;
            StringBuilder written = new StringBuilder();
            for (int i = 0; i < terms; i++) {
                BigDecimal term = term(random);
                sum.add(term);
                expected = expected.add(term);
                written.append(term.toPlainString()).append(' ');
            }
            int round = n;
            // equals, not compareTo: 3.50 and 3.5 differ, as a total written back into a cell would.
            assertEquals(expected, sum.value(), () -> "seed " + seed + ", sum " + round + ": " + written);
        }
    }

    @Test
    void moreTermsThanALongHoldsSafelyAreAddedExactly() {
        ExactSum sum = new ExactSum(10_000);
        BigDecimal expected = BigDecimal.ZERO;
        BigDecimal big = new BigDecimal("999999999999999"); // 15 digits
        for (int i = 0; i < 10_000; i++) {
            sum.add(big);
            expected = expected.add(big);
        }
        assertEquals(expected, sum.value());
    }

    /** Whole numbers mostly, of every size; now and then decimals, negative numbers, 16 and more digits. */
    private static BigDecimal term(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> new BigDecimal(random.nextInt(2_000) - 1_000).movePointLeft(1 + random.nextInt(3));
            case 1 -> new BigDecimal("9999999999999999").add(BigDecimal.valueOf(random.nextInt(1_000)));
            case 2 -> BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000_000L);
            case 3 -> BigDecimal.valueOf(Long.MAX_VALUE / 2 + random.nextInt(1_000)); // two of them overflow a long
            case 4 -> new BigDecimal(random.nextInt(100) + ".00");
            default -> BigDecimal.valueOf(random.nextInt(10_000));
        };
    }
}

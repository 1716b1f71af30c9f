package nianbao.testing;

import java.util.Random;

/**
 * Random texts made of pieces chosen to meet a scanner's edge cases (brackets, spaces of every kind, numerals,
 * markers), for tests that hold a hand-written scan to the pattern or the copy it replaces. Seeded: a failure
 * names its seed and text.
 */
public final class PieceTexts {
    private final String[] pieces;
    private final Random random;

    public PieceTexts(long seed, String... pieces) {
        this.pieces = pieces;
        this.random = new Random(seed);
    }

    /** Up to {@code maxPieces - 1} pieces, each chosen at random. */
    public String next(int maxPieces) {
        StringBuilder b = new StringBuilder();
        int count = random.nextInt(maxPieces);
        for (int k = 0; k < count; k++) b.append(piece());
        return b.toString();
    }

    /** One piece chosen at random. */
    public String piece() {
        return pieces[random.nextInt(pieces.length)];
    }

    /** The next random int below {@code bound}, from the same seed. */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}

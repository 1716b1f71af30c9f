package nianbao.core.rules.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The scan skips characters by {@link ProseScanStops}: it must stop at every character any of its steps acts on. */
class ProseScanStopsTest {
    @Test
    void stopsExactlyWhereTheScanActs() {
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            boolean acts = ProseScanStops.isSentenceEnd(c) || c == '，' || c == ',' || c == '：' || c == ':'
                    || ProseNumberReader.isDigit(c) || ChineseNumerals.isNumeral(c) || ProseCue.startsAnyCue(c);
            assertEquals(acts, ProseScanStops.acts(c), "U+" + Integer.toHexString(code));
        }
    }
}

package nianbao.core.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

import nianbao.core.format.FormatSpec;
import nianbao.core.format.FormatSpec.BlockSpec;
import nianbao.core.format.FormatSpec.RowSpec;
import nianbao.core.format.FormatVersion;
import nianbao.core.format.TableKind;

/** The exact-match table gives the same scores as comparing every pair with Levenshtein did. */
class LabelMatchTest {
    /** The score as it was computed before the table: Commons Text's bounded Levenshtein on the cores. */
    private static double levenshteinScore(String written, String official) {
        String a = LabelMatch.core(written);
        String b = LabelMatch.core(official);
        double s;
        int max = Math.max(a.length(), b.length());
        if (a.equals(b) || max == 0) s = 1.0;
        else if (Math.min(a.length(), b.length()) * 3 < max) s = 0.0;
        else {
            int d = new LevenshteinDistance(max / 2).apply(a, b);
            s = d < 0 ? 0.0 : 1.0 - (double) d / max;
        }
        int n = LabelMatch.number(written);
        if (n >= 0 && n == LabelMatch.number(official)) s += 0.05;
        return s;
    }

    private static List<String> officialLabels() {
        List<String> out = new ArrayList<>();
        for (FormatVersion v : FormatVersion.values()) {
            FormatSpec spec = FormatSpec.load(v);
            for (TableKind kind : TableKind.values()) {
                FormatSpec.TableSpec t = spec.table(kind);
                if (t.headerTerms != null) out.addAll(t.headerTerms);
                List<RowSpec> rows = new ArrayList<>();
                if (t.rows != null) rows.addAll(t.rows);
                if (t.columns != null) t.columns.forEach(c -> out.add(c.label));
                if (t.blocks != null) {
                    for (BlockSpec b : t.blocks) {
                        out.add(b.heading);
                        out.add(b.headerLabel);
                        b.columns.forEach(c -> out.add(c.label));
                        rows.addAll(b.rows);
                    }
                }
                for (RowSpec r : rows) {
                    out.addAll(r.namesToMatch());
                    out.addAll(r.groups);
                }
            }
        }
        return out;
    }

    @Test
    void officialAgainstOfficialScoresAsLevenshteinDid() {
        List<String> labels = officialLabels();
        for (String a : labels) {
            for (String b : labels) {
                assertEquals(levenshteinScore(a, b), LabelMatch.score(a, b), () -> a + " / " + b);
            }
        }
    }

    @Test
    void writtenVariantsScoreAsLevenshteinDid() {
        List<String> labels = officialLabels();
        long seed = 11L;
        Random random = new Random(seed);
        String noise = "（）() 、.一二三3年件数申请公开的";
        for (int n = 0; n < 5_000; n++) {
            String official = labels.get(random.nextInt(labels.size()));
            StringBuilder b = new StringBuilder(labels.get(random.nextInt(labels.size())));
            for (int e = random.nextInt(4); e > 0 && b.length() > 0; e--) {
                b.setCharAt(random.nextInt(b.length()), noise.charAt(random.nextInt(noise.length())));
            }
            String written = b.toString();
            assertEquals(levenshteinScore(written, official), LabelMatch.score(written, official),
                    () -> "seed " + seed + ": " + written + " / " + official);
        }
    }

    @Test
    void differencesAreClassifiedAsBefore() {
        assertEquals(LabelMatch.Difference.NONE, LabelMatch.compare("（一）予以公开", "（一）予以公开"));
        assertEquals(LabelMatch.Difference.SPACING_OR_PUNCTUATION, LabelMatch.compare("(一) 予以公开", "（一）予以公开"));
        assertEquals(LabelMatch.Difference.NUMBERING, LabelMatch.compare("（3）不予公开", "（三）不予公开"));
        assertEquals(LabelMatch.Difference.WORDING, LabelMatch.compare("本年制作件数", "本年制发件数"));
    }
}

package nianbao.core.rules.prose;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.rules.prose.ProseClaim.Kind;

/**
 * Reads the statements of the prose in one pass: numbers (digits, thousands separators, Chinese numerals) and
 * the cue words before and after them, within the clause. Each number looks at most {@link #WINDOW} characters
 * back and {@link #AHEAD} ahead, so the scan is linear in the text. A number whose sentence names another scope
 * (全区, 上年, 同比, another year) is not read: missing a statement is better than a false finding.
 */
final class ProseScanner {
    static final int WINDOW = 30;
    static final int AHEAD = 12;
    private static final int NONE_GAP = 12;

    private record Hit(int start, int end, ProseCue cue) {
    }

    private final ProseIndex text;
    private final int reportYear;
    private final List<ProseClaim> out = new ArrayList<>();

    private int section;
    private int sentenceStart;
    private int clauseStart;
    private int previousEnd;
    private boolean scoped;
    /** The sentence names the statistics period (统计期限): a year there must be the report's. */
    private boolean period;
    /** The sentence names carried-over applications or cases: "均已办结" there is not about all applications. */
    private boolean partial;
    private final List<Hit> hits = new ArrayList<>();
    private final List<Hit> aheadHits = new ArrayList<>(4);
    private ProseClaim lastOutcome;
    private ProseCue lastDocument;
    /** A "未发生行政复议(和行政诉讼)" statement still open: its start, end and groups. */
    private int noneFrom = -1;
    private int noneTo;
    private int noneGroups;
    private final ProseNumberReader numbers;

    private ProseScanner(ProseIndex text, int reportYear) {
        this.text = text;
        this.reportYear = reportYear;
        this.numbers = new ProseNumberReader(text);
    }

    /** Every statement of the text; {@code reportYear} is -1 when the title names none. */
    static List<ProseClaim> claims(ProseIndex text, int reportYear) {
        ProseScanner s = new ProseScanner(text, reportYear);
        for (ProseIndex.Part part : text.parts()) {
            if (part.sectionNumber() == 5) continue; // problems and plans: no statistics to compare
            s.section = part.sectionNumber();
            s.scan(part.from(), part.to());
        }
        return s.out;
    }

    private void scan(int from, int to) {
        newSentence(from);
        int i = from;
        while (i < to) {
            text.steps++;
                if ((text.steps & 4095) == 0) nianbao.core.CheckCancellation.checkpoint(); // every 4,096 characters: a superseded check stops
            char c = text.charAt(i);
            // Most characters end nothing, start no number and no cue: nothing below would act on them.
            if (!ProseScanStops.acts(c)) {
                i++;
                continue;
            }
            if (ProseScanStops.isSentenceEnd(c)) {
                newSentence(i + 1);
                i++;
                continue;
            }
            if (c == '，' || c == ',' || c == '：' || c == ':') {
                closeNone();
                clauseStart = i + 1;
                i++;
                continue;
            }
            ProseNumber n = numbers.number(i, to);
            if (n != null) {
                onNumber(n, to);
                previousEnd = n.unitEnd();
                i = Math.max(n.unitEnd(), i + 1);
                continue;
            }
            if (numbers.end() > i) { // a run of digits too long to be a count: never read again
                i = numbers.end();
                continue;
            }
            ProseCue.Word w = ProseCue.at(text, i);
            if (w != null) {
                onCue(new Hit(i, i + w.length(), w.cue()));
                i += w.length();
                continue;
            }
            i++;
        }
        newSentence(to);
    }

    private void newSentence(int at) {
        closeNone();
        closeVerdicts(at);
        sentenceStart = at;
        clauseStart = at;
        previousEnd = at;
        scoped = false;
        period = false;
        partial = false;
        hits.clear();
        lastOutcome = null;
        lastDocument = null;
    }

    private void onNumber(ProseNumber n, int to) {
        if (n.isYear()) {
            int year = n.value().intValue();
            if (reportYear < 0) {
                scoped = true; // the report's year unknown: a sentence naming a year may be about another one
            } else if (year != reportYear) {
                if (period || nearThisYear(n.start())) {
                    out.add(new ProseClaim(Kind.OTHER_YEAR, n.start(), n.unitEnd(), n, section, 0, null));
                }
                scoped = true;
            }
            return;
        }
        if (scoped) return;
        int windowStart = Math.max(Math.max(clauseStart, previousEnd), n.start() - WINDOW);
        Hit naming = null;
        boolean application = false;
        boolean includesCarried = false;
        boolean each = false;
        boolean rate = false;
        boolean decision = false;
        boolean verdict = false;
        boolean collected = false;
        for (int k = hits.size() - 1; k >= 0 && hits.get(k).start >= windowStart; k--) {
            text.steps++;
            Hit h = hits.get(k);
            if (h.cue.names && naming == null) naming = h;
            switch (h.cue) {
                case APPLICATION -> application = true;
                case INCLUDES_CARRIED -> includesCarried = true;
                case EACH -> each = true;
                case RATE -> rate = true;
                case DECISION -> decision = true;
                case VERDICT -> verdict = true;
                case COLLECTED -> collected = true;
                default -> { }
            }
        }
        List<Hit> ahead = ahead(n.unitEnd(), to);
        for (Hit h : ahead) {
            if (h.cue == ProseCue.APPLICATION) application = true;
            if (h.cue == ProseCue.INCLUDES_CARRIED) includesCarried = true;
            if (h.cue == ProseCue.RATE) rate = true;
        }
        if (n.unit().isEmpty()) {
            if (!ahead.isEmpty() && ahead.get(0).start == n.unitEnd() && isCase(ahead.get(0).cue)) cases(n, n.start(), ahead);
            return;
        }
        if (n.unit().equals("%")) {
            if (!rate && naming == null && lastOutcome != null) {
                out.add(new ProseClaim(Kind.PERCENT, n.start(), n.unitEnd(), n, section, 0, lastOutcome));
            }
            return;
        }
        if (n.unit().endsWith("元")) {
            if (naming != null && naming.cue == ProseCue.FEE_CHARGE) {
                claim(Kind.FEE_AMOUNT, naming.start, n, 0);
            } else if (section == 6 && collected) {
                claim(Kind.FEE_COLLECTED, Math.max(windowStart, n.start() - WINDOW), n, 0);
            }
            return;
        }
        if (!n.isCount()) return;
        if (naming == null) {
            if (!ahead.isEmpty() && ahead.get(0).start <= n.unitEnd() + 1 && isCase(ahead.get(0).cue)) cases(n, n.start(), ahead);
            return;
        }
        // 个 and 次 count other things beside cases and applications: 5个工作日, 培训2次
        boolean cases = n.unit().equals("件") || n.unit().equals("起") || n.unit().equals("宗");
        switch (naming.cue) {
            case RECEIVED -> {
                if (application && cases) claim(includesCarried ? Kind.RECEIVED_WITH_CARRIED : Kind.RECEIVED, naming.start, n, 0);
            }
            case CARRIED -> { if (cases) claim(Kind.CARRIED, naming.start, n, 0); }
            case NEXT -> { if (cases) claim(Kind.NEXT, naming.start, n, 0); }
            case DONE -> { if (n.unit().equals("件")) claim(Kind.DONE, naming.start, n, 0); }
            case R1, R2, R12, R3, R4, R5, R6 -> {
                if (n.unit().equals("件")) {
                    lastOutcome = claim(Kind.valueOf(naming.cue.name()), naming.start, n, 0);
                }
            }
            case REVIEW, LAWSUIT -> {
                if (!cases || verdict) return; // "复议维持1件" counts some cases only
                boolean review = cueBefore(ProseCue.REVIEW, windowStart) != null;
                boolean lawsuit = cueBefore(ProseCue.LAWSUIT, windowStart) != null;
                if (review && lawsuit && !each) return; // "行政复议和行政诉讼共3件": not one of them
                claim(Kind.CASES, firstCase(windowStart), n, (review ? ProseClaim.REVIEWS : 0) | (lawsuit ? ProseClaim.LAWSUITS : 0));
            }
            case REGULATION, NORMATIVE, MADE, ABOLISHED, IN_FORCE -> document(naming, windowStart, n);
            case LICENSE, PENALTY, COERCION -> {
                if (decision && cases) claim(Kind.valueOf(naming.cue.name()), naming.start, n, 0);
            }
            case FEE_NOTICE -> { if (cases || n.unit().equals("份") || n.unit().equals("次")) claim(Kind.FEE_NOTICES, naming.start, n, 0); }
            default -> { }
        }
    }

    private static boolean isCase(ProseCue cue) {
        return cue == ProseCue.REVIEW || cue == ProseCue.LAWSUIT;
    }

    /** "“0”行政复议与行政诉讼", "3起行政诉讼": the number before the cases it counts. */
    private void cases(ProseNumber n, int from, List<Hit> ahead) {
        int groups = 0;
        int at = -1;
        for (Hit h : ahead) {
            if (at >= 0 && h.start > at + 1) break;
            if (h.cue == ProseCue.REVIEW) groups |= ProseClaim.REVIEWS;
            else if (h.cue == ProseCue.LAWSUIT) groups |= ProseClaim.LAWSUITS;
            else if (h.cue != ProseCue.JOIN) break;
            at = h.end;
        }
        out.add(new ProseClaim(Kind.CASES, from - (n.quoted() ? 1 : 0), at, n, section, groups, null));
    }

    private void document(Hit naming, int windowStart, ProseNumber n) {
        if (!n.isCount() || n.unit().equals("条") || n.unit().equals("次")) return;
        ProseCue type = null;
        ProseCue action = null;
        int from = naming.start;
        for (int k = hits.size() - 1; k >= 0 && hits.get(k).start >= windowStart; k--) {
            Hit h = hits.get(k);
            if (type == null && (h.cue == ProseCue.REGULATION || h.cue == ProseCue.NORMATIVE)) type = h.cue;
            if (action == null && (h.cue == ProseCue.MADE || h.cue == ProseCue.ABOLISHED || h.cue == ProseCue.IN_FORCE)) action = h.cue;
            if (h.cue.names) from = h.start;
        }
        if (type == null) type = lastDocument;
        if (type == null || action == null) return;
        lastDocument = type;
        String name = (type == ProseCue.REGULATION ? "REGULATION_" : "NORMATIVE_")
                + (action == ProseCue.IN_FORCE ? "IN_FORCE" : action == ProseCue.ABOLISHED ? "ABOLISHED" : "MADE");
        claim(Kind.valueOf(name), from, n, 0);
    }

    private int firstCase(int windowStart) {
        int from = -1;
        for (int k = hits.size() - 1; k >= 0 && hits.get(k).start >= windowStart; k--) {
            if (isCase(hits.get(k).cue)) from = hits.get(k).start;
        }
        return from;
    }

    private ProseClaim claim(Kind kind, int from, ProseNumber n, int groups) {
        ProseClaim c = new ProseClaim(kind, from, n.unitEnd(), n, section, groups, null);
        out.add(c);
        return c;
    }

    private Hit cueBefore(ProseCue cue, int from) {
        for (int k = hits.size() - 1; k >= 0 && hits.get(k).start >= from; k--) {
            text.steps++;
            if (hits.get(k).cue == cue) return hits.get(k);
        }
        return null;
    }

    /** Whether a number stands earlier in the clause: "2件均已办结" may be about some applications only. */
    private boolean numberBefore() {
        return previousEnd > clauseStart;
    }

    private boolean nearThisYear(int at) {
        if (hits.isEmpty()) return false;
        Hit last = hits.get(hits.size() - 1);
        return last.cue == ProseCue.THIS_YEAR && last.end >= at - 2;
    }

    /** The cues right after a number, up to the clause's end or {@link #AHEAD} characters (in a list reused per number). */
    private List<Hit> ahead(int from, int to) {
        List<Hit> found = aheadHits;
        found.clear();
        int end = Math.min(to, from + AHEAD);
        int i = from;
        while (i < end) {
            text.steps++;
            char c = text.charAt(i);
            if (ProseScanStops.isSentenceEnd(c) || c == '，' || c == ',' || ProseNumberReader.isDigit(c)) break;
            ProseCue.Word w = ProseCue.at(text, i);
            if (w == null) {
                i++;
                continue;
            }
            found.add(new Hit(i, i + w.length(), w.cue()));
            i += w.length();
        }
        return found;
    }

    // ---- statements without a number ----

    private void onCue(Hit h) {
        // "无……行政复议案件被纠正": about the results of cases, not their number
        if (noneFrom >= 0 && (h.cue == ProseCue.VERDICT || h.cue == ProseCue.UPHELD_ALL || h.cue == ProseCue.NOT_CORRECTED)) {
            noneFrom = -1;
        }
        switch (h.cue) {
            case SCOPE -> scoped = true;
            case REGULATION, NORMATIVE -> lastDocument = h.cue;
            case PERIOD -> period = true;
            case ALL_DONE -> {
                // "上年结转的2件均已办结", "行政复议案件均已办结" are about some applications or about cases
                if (!scoped && !partial && !numberBefore()) {
                    out.add(new ProseClaim(Kind.ALL_DONE, h.start, h.end, null, section, 0, null));
                }
            }
            case ZERO_BOTH -> zero(h, ProseClaim.REVIEWS | ProseClaim.LAWSUITS);
            case ZERO_REVIEW -> zero(h, ProseClaim.REVIEWS);
            case ZERO_LAWSUIT -> zero(h, ProseClaim.LAWSUITS);
            case REVIEW, LAWSUIT -> {
                partial = true;
                noneOf(h);
            }
            case CARRIED -> partial = true;
            case FEE_NOTICE -> {
                Hit no = cueBefore(ProseCue.NO_NOTICE, Math.max(clauseStart, h.start - 4));
                if (no != null && !scoped) out.add(new ProseClaim(Kind.FEE_NOTICES, no.start, h.end, null, section, 0, null));
            }
            case NOT_COLLECTED -> {
                if (section == 6) out.add(new ProseClaim(Kind.NOT_COLLECTED, h.start, h.end, null, section, 0, null));
            }
            default -> { }
        }
        hits.add(h);
    }

    private void zero(Hit h, int groups) {
        if (!scoped) out.add(new ProseClaim(Kind.CASES, h.start, h.end, null, section, groups, null));
    }

    /** "未发生行政复议和行政诉讼", "无因政府信息公开引起的行政复议": no cases of that kind. */
    private void noneOf(Hit h) {
        int group = h.cue == ProseCue.REVIEW ? ProseClaim.REVIEWS : ProseClaim.LAWSUITS;
        if (noneFrom >= 0) {
            Hit last = hits.isEmpty() ? null : hits.get(hits.size() - 1);
            if (last != null && last.cue == ProseCue.JOIN && last.start <= noneTo + 1 && h.start <= last.end + 1) {
                noneGroups |= group;
                noneTo = h.end;
                return;
            }
            closeNone();
        }
        Hit none = cueBefore(ProseCue.NONE, Math.max(Math.max(clauseStart, previousEnd), h.start - NONE_GAP));
        if (none == null || scoped) return;
        for (String paper : new String[]{"决定", "判决", "裁定", "结果", "文书"}) {
            if (text.startsWith(h.end, paper)) return; // "未收到行政复议决定": the cases may exist
        }
        noneFrom = none.start;
        noneTo = h.end;
        noneGroups = group;
    }

    private void closeNone() {
        if (noneFrom < 0) return;
        out.add(new ProseClaim(Kind.CASES, noneFrom, noneTo, null, section, noneGroups, null));
        noneFrom = -1;
    }

    /** "均获维持", "无被纠正": about the groups (复议, 诉讼) the sentence names. */
    private void closeVerdicts(int end) {
        Hit verdict = null;
        int groups = 0;
        for (Hit h : hits) {
            text.steps++;
            if (h.cue == ProseCue.UPHELD_ALL || h.cue == ProseCue.NOT_CORRECTED) verdict = h;
            if (h.cue == ProseCue.REVIEW) groups |= ProseClaim.REVIEWS;
            if (h.cue == ProseCue.LAWSUIT) groups |= ProseClaim.LAWSUITS;
        }
        if (verdict == null || groups == 0 || scoped) return;
        Kind kind = verdict.cue == ProseCue.UPHELD_ALL ? Kind.UPHELD_ALL : Kind.NOT_CORRECTED;
        out.add(new ProseClaim(kind, verdict.start, verdict.end, null, section, groups, null));
    }
}

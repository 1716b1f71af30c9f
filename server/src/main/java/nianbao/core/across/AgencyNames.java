package nianbao.core.across;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nianbao.core.syntax.ReportSyntax;
import nianbao.core.text.Chars;
import nianbao.core.text.SourceText;

/**
 * The agency (机关名称) a report is about, read from its title and normalised so that last year's and this year's
 * titles of one agency compare equal: spaces removed, 人民政府 written 政府, traditional characters written simplified,
 * the year and the words 政府信息公开工作年度报告 dropped. Only what titles of one agency vary in is normalised: two
 * agencies must never compare equal (a wrong pairing would report a false finding).
 */
public final class AgencyNames {
    /** Traditional → simplified, for the characters that occur in agency names and report titles. */
    private static final String TRADITIONAL =
            "區縣鎮鄉長會務衛發農業環態資財稅關國廣東廳門辦開報醫療險計劃統審監機構編員黨組織聯學廠場總質檢驗庫電車運輸"
            + "鐵糧儲僑參議協紀領導設規畫測繪漁氣邊軍館圖書產權專項與為處個級蘇齊濟貴陝遼內雲臺樂興慶漢陸嶺峽錫蕭紹溫麗陽馬鳳"
            + "鶴烏魯莊張鄭頭爾倫巖壩瀋撫錦遷綏雙鴨嶼蘭賀鐘樓灘華龍寧灣島園體藝術應號廳勞動災災營建築經濟貿區劃術訊億萬執罰障"
            + "務勢轉續辦證護衛氣壇歷劑際價稅鑑";
    private static final String SIMPLIFIED =
            "区县镇乡长会务卫发农业环态资财税关国广东厅门办开报医疗险计划统审监机构编员党组织联学厂场总质检验库电车运输"
            + "铁粮储侨参议协纪领导设规画测绘渔气边军馆图书产权专项与为处个级苏齐济贵陕辽内云台乐兴庆汉陆岭峡锡萧绍温丽阳马凤"
            + "鹤乌鲁庄张郑头尔伦岩坝沈抚锦迁绥双鸭屿兰贺钟楼滩华龙宁湾岛园体艺术应号厅劳动灾灾营建筑经济贸区划术讯亿万执罚障"
            + "务势转续办证护卫气坛历剂际价税鉴";
    private static final Map<Character, Character> TO_SIMPLIFIED = new HashMap<>();
    private static final Pattern YEAR = Pattern.compile("[(（]?(?:19|20)\\d{2}年度?[)）]?");
    private static final Pattern PUNCTUATION = Pattern.compile("[\"'“”‘’《》〈〉「」『』·•.,，、:：\\-—_]");

    static {
        if (TRADITIONAL.length() != SIMPLIFIED.length()) throw new IllegalStateException("traditional/simplified tables differ in length");
        for (int i = 0; i < TRADITIONAL.length(); i++) TO_SIMPLIFIED.put(TRADITIONAL.charAt(i), SIMPLIFIED.charAt(i));
    }

    private AgencyNames() {
    }

    /** The line holding the report's title: the first line before the first heading that names a year and 报告. */
    public static Optional<Integer> titleLine(ReportSyntax syntax) {
        SourceText source = syntax.source();
        int limit = syntax.sections().isEmpty() ? source.lineCount() : syntax.sections().get(0).firstLine();
        for (int i = 0; i < Math.min(limit, 12); i++) {
            String canon = Chars.canonical(source.line(i));
            if (canon.contains("报告") || canon.contains("報告")) return Optional.of(i);
        }
        return Optional.empty();
    }

    /** The normalised agency of a report, or empty when its title names none. */
    public static Optional<String> agencyOf(ReportSyntax syntax) {
        return titleLine(syntax).map(line -> normalise(syntax.source().line(line))).filter(s -> !s.isEmpty());
    }

    /** A report's agency and year as its title says, read from the text's first lines without parsing the report. */
    public record TitleKey(String agency, int year) {
    }

    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    /** The title's agency (normalised) and year, from the first 12 lines; empty when they do not name both. */
    public static Optional<TitleKey> peek(String text) {
        int start = 0;
        for (int i = 0; i < 12 && start <= text.length(); i++) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            String canon = Chars.canonical(line);
            if (canon.contains("报告") || canon.contains("報告")) {
                java.util.regex.Matcher m = TITLE_YEAR.matcher(Chars.fold(line));
                String agency = normalise(line);
                if (!m.find() || agency.isEmpty()) return Optional.empty();
                return Optional.of(new TitleKey(agency, Integer.parseInt(m.group(1))));
            }
            if (end < 0) break;
            start = end + 1;
        }
        return Optional.empty();
    }

    /** The agency as the title names it, for people: "青禾市 星湖區人民政府 2023年…" → "青禾市星湖区人民政府". */
    public static Optional<String> displayNameOf(ReportSyntax syntax) {
        return titleLine(syntax).map(line -> strip(syntax.source().line(line), false)).filter(s -> !s.isEmpty());
    }

    /** "青禾市 星湖區人民政府 2023年 政府信息公开工作年度报告" → "青禾市星湖区". */
    public static String normalise(String title) {
        return strip(title, true);
    }

    private static String strip(String title, boolean forComparison) {
        String n = Chars.fold(title);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Chars.isSpace(c) || Character.isWhitespace(c)) continue;
            b.append(TO_SIMPLIFIED.getOrDefault(c, c));
        }
        String s = YEAR.matcher(b).replaceAll("");
        s = PUNCTUATION.matcher(s).replaceAll("");
        // "…区人民政府2023年政府信息公开…" and "…区人民政府信息公开…" name one agency: 政府 is dropped from the end.
        if (forComparison) s = s.replace("人民政府", "政府");
        int cut = s.indexOf("政府信息公开");
        if (!forComparison && s.contains("人民政府信息公开")) cut = s.indexOf("人民政府信息公开") + 4;
        if (cut < 0) cut = s.indexOf("信息公开");
        if (cut < 0) cut = s.indexOf("年度报告");
        if (cut >= 0) s = s.substring(0, cut);
        if (s.startsWith("关于")) s = s.substring(2);
        while (forComparison && s.endsWith("政府")) s = s.substring(0, s.length() - 2);
        return s;
    }
}

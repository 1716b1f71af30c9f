package nianbao.core.text;

/**
 * Traditional characters (繁体字) folded to the simplified forms the official format uses, for comparing labels:
 * 本年新收政府信息公開申請數量 binds as 本年新收政府信息公开申请数量.
 *
 * <p>A table of exactly the characters that matter here — every character of the format's labels, headings and
 * column headers (format-2019.json, format-2021.json) that has a distinct traditional form, plus the common words
 * of report prose (報告, 門戶網站, 監督, 醫療…) — rather than a conversion library such as OpenCC4j: the library
 * ships dictionaries of several megabytes that it loads at start-up, for phrase-level conversion that label
 * matching does not need; this table is 385 characters, a few kilobytes, built when the class loads, and folding
 * a label that has none of them costs one scan and no allocation.
 */
public final class TraditionalChars {
    /** Traditional characters, and at the same index in {@link #SIMPLIFIED} their simplified forms. */
    private static final String TRADITIONAL =
            "並係個傳價億優兒內兩則劃動務勞勵匯區協員問啟單嚴國圍園圓圖團執報壓婦實審專對導屆層屬嶺帳幣幫庫廠廢廣廳強彈彙後從復徵愛態" +
            "慶憑應懷戰戲戶採擇擊擔據擴攝敘數斷於時書會東條業構樓標樣機檔檢欄權歡歲歷歸殘殯殺氣決沒況減測湯準溫漢漸潤澤濟濫濱瀋灣災為" +
            "烏無熱營爭爲狀獎獨獲現環產畫當療發盡監盤眾確礙礦禮稅種稱穀穩窮節範築簡簽籌糧糾紀納級組結統經綜綠維網緊線緣編縣縮總績織繫" +
            "繳繼續罰羅習聯聲職聽腦臨臺與舉舊艱莊華萬蓋藥蘇處號蟲衆術衛衝裏補裝裡製複見規視親覺觀訂計討訓託記訟訪設許訴診註評詢話詳認" +
            "誠誤說課調談請論諮謀講謝證識譯議護讀貝負財貢貧貨責貴費貼貿賀資賦質賴購賽贈跡躍車軍軟較載輔輕輛輸轉辦辭農這週進遊運過違遞" +
            "遠適遷選遺還邊郵鄉鄭鄰醫釋針銀銷鋪錄錯鍵鎮鏈鏡鐵長門閉開閒間閣閱關陰陳陸陽隊階際隨險隱雙雜雞離難電靈靜韓韻響頁頂項順須預" +
            "領頻題額類顧風飛飯養餘館驅驗體鬥鬧魚鳥麥黃點黨齊齡";
    private static final String SIMPLIFIED =
            "并系个传价亿优儿内两则划动务劳励汇区协员问启单严国围园圆图团执报压妇实审专对导届层属岭账币帮库厂废广厅强弹汇后从复征爱态" +
            "庆凭应怀战戏户采择击担据扩摄叙数断于时书会东条业构楼标样机档检栏权欢岁历归残殡杀气决没况减测汤准温汉渐润泽济滥滨沈湾灾为" +
            "乌无热营争为状奖独获现环产画当疗发尽监盘众确碍矿礼税种称谷稳穷节范筑简签筹粮纠纪纳级组结统经综绿维网紧线缘编县缩总绩织系" +
            "缴继续罚罗习联声职听脑临台与举旧艰庄华万盖药苏处号虫众术卫冲里补装里制复见规视亲觉观订计讨训托记讼访设许诉诊注评询话详认" +
            "诚误说课调谈请论咨谋讲谢证识译议护读贝负财贡贫货责贵费贴贸贺资赋质赖购赛赠迹跃车军软较载辅轻辆输转办辞农这周进游运过违递" +
            "远适迁选遗还边邮乡郑邻医释针银销铺录错键镇链镜铁长门闭开闲间阁阅关阴陈陆阳队阶际随险隐双杂鸡离难电灵静韩韵响页顶项顺须预" +
            "领频题额类顾风飞饭养余馆驱验体斗闹鱼鸟麦黄点党齐龄";
    private static final char MIN;
    private static final char MAX;
    /** Simplified form by (character − MIN); 0 where the character has none. */
    private static final char[] FOLD;

    static {
        char min = Character.MAX_VALUE;
        char max = 0;
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            min = (char) Math.min(min, TRADITIONAL.charAt(i));
            max = (char) Math.max(max, TRADITIONAL.charAt(i));
        }
        MIN = min;
        MAX = max;
        FOLD = new char[max - min + 1];
        for (int i = 0; i < TRADITIONAL.length(); i++) FOLD[TRADITIONAL.charAt(i) - min] = SIMPLIFIED.charAt(i);
    }

    private TraditionalChars() {
    }

    /** The simplified form of {@code c}, or {@code c} when it has no traditional form in the table. */
    public static char fold(char c) {
        if (c < MIN || c > MAX) return c;
        char s = FOLD[c - MIN];
        return s == 0 ? c : s;
    }

    public static boolean isTraditional(char c) {
        return fold(c) != c;
    }

    /** {@code s} with its traditional characters folded; {@code s} itself when it has none. */
    public static String toSimplified(String s) {
        int i = 0;
        while (i < s.length() && !isTraditional(s.charAt(i))) i++;
        if (i == s.length()) return s;
        char[] out = s.toCharArray();
        for (; i < out.length; i++) out[i] = fold(out[i]);
        return new String(out);
    }

    /** The traditional form of a simplified character in the table, else the character itself (tests write with it). */
    public static char traditionalOf(char simplified) {
        int at = SIMPLIFIED.indexOf(simplified);
        return at < 0 ? simplified : TRADITIONAL.charAt(at);
    }
}

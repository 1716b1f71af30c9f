package nianbao.core.rules;

import nianbao.core.format.FormatSpec;
import nianbao.core.format.NumberingStyle;

/** How messages name sections: "第二部分“主动公开政府信息情况”". */
final class Names {
    private Names() {
    }

    static String section(FormatSpec spec, int number) {
        return "第" + NumberingStyle.chineseNumeral(number) + "部分“" + spec.section(number).title + "”";
    }

    static String quote(String s) {
        String t = s.length() > 40 ? s.substring(0, 38) + "…" : s;
        return "“" + t + "”";
    }
}

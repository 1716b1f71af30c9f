package nianbao.cli;

/** The help text. */
final class Usage {
    static final String TEXT = """
            用法：java -jar nianbao.jar lint [选项] 路径...
                  java -jar nianbao.jar convert 文件 [--layout tabs|word|pipes] [-o 输出文件]
                  java -jar nianbao.jar lsp
                  java -jar nianbao.jar extract [--format csv|json] 路径...   导出全部统计表单元格（CSV 带 BOM）
            检查政府信息公开工作年度报告（文件、目录中的 *.txt、*.nianbao、*.docx、*.html、*.pdf，或 - 表示标准输入）。
            目录中不像年报的文件跳过不查（汇总行中计数）；直接指定的文件总会检查。
            convert 把 Word 文档、网页或 PDF 中的报告写成可编辑检查的文本（UTF-8，默认制表符分隔）。

            选项：
              --format text|json|sarif|html
                                           输出格式（默认 text；html 为供审核用的单页报告）
              -o FILE                      输出写入文件（默认标准输出）
              --fix                        就地修复可安全修复的问题（重算总计、官方用语、残留标记），
                                           保留原文件的编码、BOM 和换行符
              --format-version auto|2019|2021
                                           报告格式版本（默认 auto：按报告年度判断）
              --config FILE                读取配置文件（默认：文件所在目录及上级目录中的 .nianbao.json）
              --max-size BYTES             单个文件的大小上限（默认 10485760）
              -h, --help                   显示本帮助
              --version                    显示版本

            退出码：0 没有错误；1 有错误；2 用法错误或文件无法读写。
            """;

    private Usage() {
    }
}

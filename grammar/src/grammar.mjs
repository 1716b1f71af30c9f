// Source of nianbao.tmLanguage.json (scopeName text.nianbao).
//
// The grammar is written here rather than directly in JSON because its regular expressions share
// building blocks (cell boundaries, ordinal markers, label lists) and JSON would double every
// backslash. `npm run build` writes the JSON; `npm test` fails when the JSON is stale.
//
// TextMate grammars see one line at a time, so the rules lean on what a single line shows:
// - a line that holds a tab or a `|` is a table row (row-per-line from PDF, pipe tables);
// - a line that starts with a tab is one table cell (cell-per-line from Word);
// - section headings are recognised by their six official titles only, so table rows that start
//   the same way ("一、本年新收政府信息公开申请数量", "三、本年度办理结果", "四、结转下年度继续办理")
//   never become headings.
// The language server does the real parsing; the grammar only has to colour text fast and
// predictably, before the server answers and when there is no server at all.

/** Word bookmark residue left by text extraction; it may stand before a heading. */
const RESIDUE = String.raw`\[bookmark:[^\]]*\]`;

/** Horizontal space inside a cell: ASCII space, ideographic space U+3000, no-break space. */
const HS = String.raw`[ \x{3000}\x{00A0}]`;

/** A cell starts at the start of a line or right after a tab or pipe. */
const CELL_START = String.raw`(?:^|(?<=[\t|]))`;

/**
 * A cell that is certainly inside a table: after a tab or pipe, or at the start of a line that
 * holds a tab or pipe further on. Used for labels that look like prose list items on their own.
 */
const TABLE_CELL_START = String.raw`(?:(?<=[\t|])|^(?=[^\t|]*[\t|]))`;

/** A cell ends before a tab, a pipe or the end of the line (trailing spaces allowed). */
const CELL_END = String.raw`(?=${HS}*(?:[\t|]|$))`;

const CN_DIGITS = '[一二三四五六七八九十]';

/** Ordinal markers of labels: 一、 / （三） / (3) / 1. / 1．/ 1、 (not a decimal like 1.5). */
const MARK = String.raw`(?:${CN_DIGITS}+${HS}*[、.．]|[（(]${HS}*(?:${CN_DIGITS}+|[0-9０-９]+)${HS}*[）)]|[0-9０-９]+${HS}*[.．、](?![0-9]))`;

/** Characters a label may hold: no cell separator and no sentence-ending punctuation. */
const LABEL_CHAR = String.raw`[^\t|。；;！!？?]`;

/** Let authors put spaces between the characters of a fixed label ("结果 维持", "不予 公开"). */
const spaced = (word) => [...word].map(escapeChar).join(`${HS}*`);

function escapeChar(ch) {
  return /[\\^$.|?*+()[\]{}\/-]/.test(ch) ? `\\${ch}` : ch;
}

const alt = (words) => `(?:${words.map(spaced).join('|')})`;

/** Group labels of table 三: rows that carry no values themselves. */
const GROUP_TEXT = alt(['本年度办理结果', '不予公开', '无法提供', '不予处理', '其他处理']);

const TOTAL_TEXT = spaced('总计');

/** Row labels of table 二 (2021 and 2019 wording); they carry no ordinal marker. */
const TABLE2_ROWS = alt([
  '行政规范性文件',
  '规范性文件',
  '规章',
  '行政许可',
  '其他对外管理服务事项',
  '行政处罚',
  '行政强制',
  '行政事业性收费',
  '政府集中采购',
]);

/**
 * Column headers of tables 二, 三 and 四 (2021 and 2019), plus the fragments Word leaves when a
 * header cell wraps ("商业" / "企业"). 总计 is handled separately (it is also bold).
 */
const COLUMN_HEADERS = alt([
  '信息内容',
  '本年制发件数',
  '本年制作件数',
  '本年废止件数',
  '现行有效件数',
  '本年处理决定数量',
  '处理决定数量',
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增/减',
  '采购项目数量',
  '采购总金额',
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
  '商业',
  '企业',
  '科研',
  '机构',
  '社会公益',
  '组织',
  '法律服务',
  '行政复议',
  '行政诉讼',
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '未经复议直接起诉',
  '复议后起诉',
]);

/** The amount header carries its unit in brackets, in many spellings. */
const AMOUNT_HEADER = String.raw`本年收费金额${HS}*(?:[（(][^）)\t|]*[）)])?`;

/** Title of section 四, the one whose table row has no label (see table4-section). */
const TITLE_4 = `政府信息公开(?:的)?行政复议[、和与及]?${HS}*行政诉讼(?:的)?情况`;

/**
 * The six official section titles, with the small variations seen in real reports (a 的 more or
 * less, 和/及). The server reports the deviation (NB104); the grammar still shows a heading.
 */
const SECTION_TITLES = [
  '总体情况',
  '主动公开(?:的)?政府信息(?:的)?情况',
  '收到[和及]处理政府信息公开申请(?:的)?情况',
  TITLE_4,
  '存在(?:的)?主要问题及(?:其)?改进(?:的)?情况',
  '其他需要报告(?:的)?事项',
].join('|');

/** Section numbering: 一、 2、 1. 3．（四） 第五部分; the number need not match the title. */
const SECTION_NUMBER = String.raw`(?:[一二三四五六]${HS}*[、.．]?|[1-6１-６]${HS}*[、.．]|[（(]${HS}*(?:[一二三四五六]|[1-6])${HS}*[）)]|第[一二三四五六]部分)`;

/** A whole line that is a section heading with one of `titles` (optional residue before it). */
const SECTION_HEADING = (titles) =>
  String.raw`^(${RESIDUE})?${HS}*((${SECTION_NUMBER})?${HS}*(${titles}))${HS}*[:：]?${HS}*$`;
const SECTION_HEADING_CAPTURES = {
  1: { name: 'invalid.illegal.residue.nianbao' },
  2: { name: 'markup.heading.section.nianbao' },
  3: { name: 'punctuation.definition.heading.nianbao' },
  4: { name: 'entity.name.section.nianbao' },
};

const NUMBER_CELL = String.raw`${HS}*([0-9]+)${HS}*`;
const SEP = String.raw`[\t|]`;

/** n numeric cells in a row, each value captured. */
const numericCells = (n) => Array.from({ length: n }, () => NUMBER_CELL).join(SEP);

/** Values of one cell-per-line row are lines holding only a number (a wrapped cell has no tab). */
const VALUE_LINE = String.raw`^\t?${HS}*([0-9]+)${HS}*$`;
/** A cell-per-line row ends at a truly empty line or at the next label (a tab and a non-digit). */
const ROW_END = String.raw`^(?=${HS}*$|\t${HS}*[^0-9\s])`;

const ROW_LABEL_SCOPE = 'entity.name.tag.row.nianbao';
const TOTAL_LABEL_SCOPE = 'entity.name.tag.total.nianbao markup.bold.nianbao';
const TOTAL_VALUE_SCOPE = 'constant.numeric.integer.total.nianbao markup.bold.nianbao';

/**
 * A cell-per-line row of table 三 whose label line matches `label`.
 * (Captures are not re-tokenized with `^` anchors, so each kind of label gets its own rule.)
 */
function cellPerLineRow(label, scope) {
  return {
    begin: String.raw`^\t${HS}*(${label})${HS}*$`,
    beginCaptures: { 1: { name: scope } },
    end: ROW_END,
    patterns: [cellPerLineValues(1)],
  };
}

/**
 * Cell-per-line rows of table 三: a label line, then seven value lines; the seventh is 总计.
 * TextMate has no counters, so the count is a chain of nested begin/end rules, one per value.
 */
function cellPerLineValues(position) {
  if (position === 7) {
    return {
      match: VALUE_LINE,
      captures: { 1: { name: TOTAL_VALUE_SCOPE } },
    };
  }
  return {
    begin: VALUE_LINE,
    beginCaptures: { 1: { name: 'constant.numeric.integer.nianbao' } },
    end: ROW_END,
    patterns: [cellPerLineValues(position + 1)],
  };
}

/** The cell-per-line data row of table 四: fifteen value lines; every fifth is a 总计. */
function table4CellPerLine(position) {
  const scope = position % 5 === 0 ? TOTAL_VALUE_SCOPE : 'constant.numeric.integer.nianbao';
  if (position === 15) return { match: VALUE_LINE, captures: { 1: { name: scope } } };
  return {
    begin: VALUE_LINE,
    beginCaptures: { 1: { name: scope } },
    end: ROW_END,
    patterns: [table4CellPerLine(position + 1)],
  };
}

export const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: '政府信息公开工作年度报告',
  scopeName: 'text.nianbao',
  fileTypes: ['nianbao'],
  patterns: [
    { include: '#table4-section' },
    { include: '#section-heading' },
    { include: '#residue' },
    { include: '#title' },
    { include: '#reconciliation-note' },
    { include: '#table-block-heading' },
    { include: '#table3-row-cell-per-line' },
    { include: '#table4-values' },
    { include: '#table3-values' },
    { include: '#labels' },
    { include: '#column-headers' },
    { include: '#cells' },
    { include: '#pipes' },
    { include: '#subheading' },
    { include: '#prose' },
  ],
  repository: {
    residue: {
      patterns: [
        {
          comment: 'Word bookmark residue left by text extraction, e.g. [bookmark: _GoBack].',
          match: RESIDUE,
          name: 'invalid.illegal.residue.nianbao',
        },
      ],
    },

    title: {
      comment: 'The report title: one short line naming 政府信息公开 and 年度报告 (or 年报).',
      match: String.raw`^(${HS}*)([^\t|。，,；]{0,40}政府信息公开[^\t|。，,；]{0,20}?(?:年度报告|年报))(${HS}*)$`,
      captures: { 2: { name: 'markup.heading.title.nianbao entity.name.section.title.nianbao' } },
    },

    'table4-section': {
      comment:
        'Section 四 as a region, so that its single cell-per-line data row (fifteen value lines, no label) ' +
        'can be counted: the 5th, 10th and 15th values are 总计. Ends before the next section heading.',
      begin: SECTION_HEADING(TITLE_4),
      beginCaptures: SECTION_HEADING_CAPTURES,
      end: `^(?=${SECTION_HEADING(SECTION_TITLES).slice(1)})`,
      patterns: [table4CellPerLine(1), { include: '$self' }],
    },

    'section-heading': {
      comment:
        'Only the six official titles are section headings. The whole line must be the title, so table rows ' +
        'such as 一、本年新收政府信息公开申请数量 or 三、本年度办理结果 never match.',
      match: SECTION_HEADING(SECTION_TITLES),
      captures: SECTION_HEADING_CAPTURES,
    },

    'reconciliation-note': {
      comment: 'The 勾稽 note in the corner of table 三. Single line: a lost bracket must not swallow the table.',
      match: String.raw`[（(]${HS}*本列数据的勾稽关系为[：:]?[^）)\t|]*[）)]?`,
      name: 'comment.line.reconciliation.nianbao',
    },

    'table-block-heading': {
      comment: 'Block headings of table 二: 第二十条第（一）项 … 第二十条第（九）项.',
      match: String.raw`${CELL_START}${HS}*(第二十条第${HS}*[（(]${HS}*${CN_DIGITS}+${HS}*[）)]${HS}*项)${CELL_END}`,
      captures: { 1: { name: 'markup.heading.table.nianbao entity.name.section.table.nianbao' } },
    },

    'table3-row-cell-per-line': {
      comment:
        'Cell-per-line row of table 三: a tab-led label line alone (group labels excluded), then value lines ' +
        'up to an empty line or the next label. The seventh value is the row total.',
      patterns: [
        cellPerLineRow(`${MARK}${HS}*${TOTAL_TEXT}`, TOTAL_LABEL_SCOPE),
        cellPerLineRow(`(?!${MARK}${HS}*${GROUP_TEXT}${HS}*$)${MARK}${HS}*${LABEL_CHAR}*?\\p{Han}${LABEL_CHAR}*?`, ROW_LABEL_SCOPE),
      ],
    },

    'table4-values': {
      comment:
        'Row-per-line data row of table 四: fifteen values; the fifth of each group of five is a 总计.',
      match: `${CELL_START}${numericCells(15)}(?=[\\t| ]*$)`,
      captures: Object.fromEntries(
        Array.from({ length: 15 }, (_, i) => [
          i + 1,
          {
            name:
              (i + 1) % 5 === 0
                ? 'constant.numeric.integer.total.nianbao markup.bold.nianbao'
                : 'constant.numeric.integer.nianbao',
          },
        ]),
      ),
    },

    'table3-values': {
      comment:
        'Row-per-line data row of table 三: the last seven cells are numbers and the seventh is 总计. ' +
        'A row that lost its 总计 cell has six and gets no total scope.',
      match: `${CELL_START}${numericCells(7)}(?=[\\t| ]*$)`,
      captures: Object.fromEntries(
        Array.from({ length: 7 }, (_, i) => [
          i + 1,
          {
            name:
              i === 6
                ? 'constant.numeric.integer.total.nianbao markup.bold.nianbao'
                : 'constant.numeric.integer.nianbao',
          },
        ]),
      ),
    },

    labels: {
      patterns: [
        {
          comment: 'Group labels of table 三 (三、本年度办理结果, （三）不予公开 …): specific enough to need no table context.',
          match: String.raw`${CELL_START}${HS}*(${MARK}${HS}*${GROUP_TEXT})${CELL_END}`,
          captures: { 1: { name: 'entity.name.tag.group.nianbao markup.bold.nianbao' } },
        },
        {
          comment: 'The total row label （七）总计.',
          match: String.raw`${TABLE_CELL_START}${HS}*(${MARK}${HS}*${TOTAL_TEXT})${CELL_END}`,
          captures: { 1: { name: TOTAL_LABEL_SCOPE } },
        },
        {
          comment: 'Row labels with an ordinal marker, in table context only (a prose line like （一）主动公开 is a subheading).',
          match: String.raw`${TABLE_CELL_START}${HS}*(${MARK}${HS}*${LABEL_CHAR}*?\p{Han}${LABEL_CHAR}*?)${CELL_END}`,
          captures: { 1: { name: ROW_LABEL_SCOPE } },
        },
        {
          comment: 'Row labels of table 二, which carry no ordinal marker.',
          match: String.raw`${CELL_START}${HS}*(${TABLE2_ROWS})${CELL_END}`,
          captures: { 1: { name: 'entity.name.tag.row.nianbao' } },
        },
      ],
    },

    'column-headers': {
      patterns: [
        {
          match: String.raw`${CELL_START}${HS}*(${TOTAL_TEXT})${CELL_END}`,
          captures: { 1: { name: 'support.type.column-header.total.nianbao markup.bold.nianbao' } },
        },
        {
          match: String.raw`${CELL_START}${HS}*(${COLUMN_HEADERS}|${AMOUNT_HEADER})${CELL_END}`,
          captures: { 1: { name: 'support.type.column-header.nianbao' } },
        },
      ],
    },

    cells: {
      patterns: [
        {
          comment: 'A number alone in a cell. Also matches the untabbed line of a wrapped Word cell ("\\t" then "0").',
          match: String.raw`${CELL_START}${HS}*([0-9]+)${CELL_END}`,
          captures: { 1: { name: 'constant.numeric.integer.nianbao' } },
        },
        {
          comment: 'Amounts of 二（八） are in 万元 and may have decimals; a plain 元 in the cell is a defect.',
          match: String.raw`${CELL_START}${HS}*(?:([0-9]+\.[0-9]+)|([0-9]+))${HS}*(?:(万元)|(元))?${CELL_END}`,
          captures: {
            1: { name: 'constant.numeric.decimal.nianbao' },
            2: { name: 'constant.numeric.integer.nianbao' },
            3: { name: 'keyword.other.unit.nianbao' },
            4: { name: 'invalid.illegal.unit.nianbao' },
          },
        },
        {
          comment: 'A placeholder where a number belongs (/, —, 无): the author should write 0.',
          match: String.raw`${TABLE_CELL_START}${HS}*(/|／|[—－-]+|无|空)${CELL_END}`,
          captures: { 1: { name: 'invalid.illegal.placeholder.nianbao' } },
        },
      ],
    },

    pipes: {
      patterns: [
        {
          comment: 'Separator line of a pipe table: | --- | :---: |',
          match: String.raw`^${HS}*\|?(?:${HS}*:?-{3,}:?${HS}*\|)+(?:${HS}*:?-{3,}:?${HS}*)?$`,
          name: 'punctuation.separator.table.nianbao',
        },
        { match: String.raw`\|`, name: 'punctuation.separator.table-cell.nianbao' },
      ],
    },

    subheading: {
      comment: 'A prose subheading alone on its line: （一）主动公开, (二) 依申请公开.',
      match: String.raw`^${HS}*([（(]${HS}*${CN_DIGITS}+${HS}*[）)])${HS}*([^\t|。；;，,：:！？]{1,30}?)${HS}*$`,
      captures: {
        0: { name: 'markup.heading.subsection.nianbao' },
        1: { name: 'punctuation.definition.heading.nianbao' },
        2: { name: 'entity.name.section.subsection.nianbao' },
      },
    },

    prose: {
      patterns: [
        {
          comment: 'Numbers in prose (共收到申请19件) are coloured so they can be compared with the tables.',
          match: String.raw`(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?![0-9])`,
          name: 'constant.numeric.nianbao',
        },
        {
          comment: 'A long run of spaces inside a sentence is usually layout residue from Word or PDF.',
          match: String.raw`(?<=\S)[ \x{3000}]{8,}(?=[^\s|])`,
          name: 'invalid.deprecated.whitespace.nianbao',
        },
      ],
    },
  },
};

// Recognising a 政府信息公开工作年度报告 opened as plain text, so that a report saved as
// "report.txt" gets the nianbao language without the user picking it. Pure: unit-tested without VS Code.

/** Only the start of a document is looked at: the title and, in short reports, table 三. */
export const DETECTION_WINDOW = 4096;

// The title names 政府信息公开 and 年度报告 (or 年报); real titles put a word or two between them
// (政府信息公开工作年度报告) and sometimes break the line in the middle.
const TITLE = /政府信息公开[^。；，,]{0,12}?(?:年度报告|年报)/;

// Labels of table 三 that appear in no other kind of document.
const TABLE_LABELS = /本年新收政府信息公开申请数量|上年结转政府信息公开申请数量|结转下年度继续办理|本列数据的勾稽关系/;

export function looksLikeReport(text: string): boolean {
  // Whitespace (including U+3000 and line breaks) is removed so that split titles still match.
  const head = text.slice(0, DETECTION_WINDOW).replace(/[\s\u3000]+/g, '');
  return TITLE.test(head) || TABLE_LABELS.test(head);
}

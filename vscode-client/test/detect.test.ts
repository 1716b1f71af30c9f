import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DETECTION_WINDOW, looksLikeReport } from '../src/detect';

describe('looksLikeReport', () => {
  it('recognises the report title', () => {
    assert.ok(looksLikeReport('青禾市星湖区民政局2024年政府信息公开工作年度报告\n\n一、总体情况\n'));
    assert.ok(looksLikeReport('　　星湖区2024年政府信息公开年报\n'));
  });

  it('recognises a title broken over two lines', () => {
    assert.ok(looksLikeReport('青禾市星湖区民政局2024年政府信息公开\n工作年度报告\n'));
  });

  it('recognises table 三 without a title', () => {
    assert.ok(looksLikeReport('三、收到和处理政府信息公开申请情况\n\t一、本年新收政府信息公开申请数量\t1\n'));
    assert.ok(looksLikeReport('四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0\n'));
  });

  it('ignores ordinary text', () => {
    assert.ok(!looksLikeReport('会议纪要\n\n各位同事：本周五召开工作例会。\n'));
    assert.ok(!looksLikeReport('政府信息公开是政府的一项重要工作。年度报告将于明年发布。'));
    assert.ok(!looksLikeReport(''));
  });

  it('only looks at the first 4 KB', () => {
    const filler = '这是一段与年报无关的文字。'.repeat(Math.ceil(DETECTION_WINDOW / 13));
    assert.ok(!looksLikeReport(`${filler}\n星湖区2024年政府信息公开工作年度报告`));
    assert.ok(looksLikeReport(`星湖区2024年政府信息公开工作年度报告\n${filler}`));
  });
});

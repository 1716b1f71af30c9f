import { strict as assert } from 'node:assert';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { convertArguments, isConvertible, runConvert } from '../src/convert';
import { jvmArguments } from '../src/settings';

describe('isConvertible', () => {
  it('accepts Word, web pages and PDF, whatever the case', () => {
    assert.ok(isConvertible('/a/报告.docx'));
    assert.ok(isConvertible('/a/年报.HTML'));
    assert.ok(isConvertible('/a/年报.htm'));
    assert.ok(isConvertible('/a/年报.pdf'));
  });
  it('refuses text and formats the jar cannot read', () => {
    assert.ok(!isConvertible('/a/年报.txt'));
    assert.ok(!isConvertible('/a/年报.doc'));
    assert.ok(!isConvertible('/a/docx'));
  });
});

describe('convertArguments', () => {
  it('runs the server jar with convert instead of lsp, keeping the JVM settings', () => {
    const args = convertArguments(jvmArguments('/ext/server/nianbao.jar', ['-Xmx1g']), '/r/报告.docx');
    assert.deepEqual(args.slice(-4), ['-jar', '/ext/server/nianbao.jar', 'convert', '/r/报告.docx']);
    assert.ok(args.includes('-Xmx1g'));
    assert.ok(!args.includes('lsp'));
  });
});

describe('runConvert', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-convert-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  function fakeJava(name: string, script: string): string {
    const path = join(dir, name);
    writeFileSync(path, `#!/bin/sh\n${script}\n`);
    chmodSync(path, 0o755);
    return path;
  }

  it('returns what the jar writes to standard output', async () => {
    const java = fakeJava('ok', 'printf "标题\\n规章\\t0\\n"');
    assert.deepEqual(await runConvert(java, ['convert', 'x.docx']), { ok: true, text: '标题\n规章\t0\n' });
  });

  it('returns the message the jar gives, without the usage line', async () => {
    const java = fakeJava('bad', 'echo "nianbao convert: 坏.docx: 不是有效的 Word 文档" >&2; echo "用法：java -jar nianbao.jar convert" >&2; exit 2');
    assert.deepEqual(await runConvert(java, ['convert', '坏.docx']), { ok: false, message: '坏.docx: 不是有效的 Word 文档' });
  });
});

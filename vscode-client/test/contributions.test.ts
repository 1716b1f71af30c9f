import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

// out/test → the repository root
const root = resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'vscode-client/package.json'), 'utf8'));
const contributes = manifest.contributes;

describe('package.json contributions', () => {
  it('offers 政府信息公开年报 in File › New File…', () => {
    const entry = contributes.menus['file/newFile'].find((m: { command: string }) => m.command === 'nianbao.newReport');
    assert.ok(entry, 'file/newFile entry');
    const command = contributes.commands.find((c: { command: string }) => c.command === 'nianbao.newReport');
    assert.equal(command.title, '政府信息公开年报');
  });

  it('maps every column colour the server announces to a scope the default themes colour', () => {
    const server = readFileSync(resolve(root, 'server/src/main/java/nianbao/lsp/ColumnColorTokens.java'), 'utf8');
    const announced = [...server.matchAll(/"(nianbaoColumn\d)"/g)].map((m) => m[1]);
    assert.equal(announced.length, 6);
    assert.deepEqual(contributes.semanticTokenTypes.map((t: { id: string }) => t.id), announced);
    const scopes = contributes.semanticTokenScopes.find((s: { language: string }) => s.language === 'nianbao').scopes;
    const first = announced.map((t) => String(scopes[t][0]).split('.').slice(0, 3).join('.'));
    assert.equal(new Set(first).size, 6, `six different scope families: ${first}`);
    assert.equal(contributes.configuration.properties['nianbao.columnColors'].default, true);
  });

  it('keeps table rows on one line: no word wrap in nianbao documents', () => {
    assert.equal(contributes.configurationDefaults['[nianbao]']['editor.wordWrap'], 'off');
  });

  it('README names the report without 《》', () => {
    const readme = readFileSync(resolve(root, 'vscode-client/README.md'), 'utf8');
    assert.ok(readme.includes('政府信息公开工作年度报告'));
    assert.ok(!/《[^》]*年度报告》/.test(readme));
  });
});

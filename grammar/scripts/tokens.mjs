// Prints how the grammar tokenizes a file, one token per line ("text" → scopes), for reviewing
// snapshot changes by eye: the .snap format aligns carets under CJK text, which is hard to read.
// Usage: node scripts/tokens.mjs FILE [FIRST_LINE [LAST_LINE]]   (lines are 1-based)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const onig = require('vscode-oniguruma');
const tm = require('vscode-textmate');

await onig.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
const registry = new tm.Registry({
  onigLib: Promise.resolve({
    createOnigScanner: (sources) => new onig.OnigScanner(sources),
    createOnigString: (s) => new onig.OnigString(s),
  }),
  loadGrammar: async () =>
    tm.parseRawGrammar(readFileSync(new URL('../nianbao.tmLanguage.json', import.meta.url), 'utf8'), 'x.json'),
});
const grammar = await registry.loadGrammar('text.nianbao');

const [file, first = '1', last = '1000000'] = process.argv.slice(2);
const lines = readFileSync(file, 'utf8').split(/\r?\n/);
let state = tm.INITIAL;
lines.forEach((line, i) => {
  const r = grammar.tokenizeLine(line, state);
  state = r.ruleStack;
  if (i + 1 < Number(first) || i + 1 > Number(last)) return;
  console.log(`${String(i + 1).padStart(4)}| ${line.replace(/\t/g, '→')}`);
  for (const t of r.tokens) {
    const scopes = t.scopes.slice(1).join(' ');
    if (scopes) console.log(`      ${JSON.stringify(line.slice(t.startIndex, t.endIndex))} ${scopes}`);
  }
});

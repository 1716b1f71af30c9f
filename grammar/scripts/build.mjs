// Writes nianbao.tmLanguage.json from src/grammar.mjs; with --check, fails when the file is stale
// (so a hand edit of the JSON, or a forgotten build, is caught by `npm test`).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { grammar } from '../src/grammar.mjs';

const out = fileURLToPath(new URL('../nianbao.tmLanguage.json', import.meta.url));
const json = JSON.stringify(grammar, null, 2) + '\n';

// Every pattern must compile in Oniguruma, the engine VS Code uses; a bad one would only show up
// as missing colours in the editor.
const { default: onig } = await import('vscode-oniguruma');
const { loadWASM, OnigScanner } = onig;
const require = (await import('node:module')).createRequire(import.meta.url);
await loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
const regexes = [];
JSON.parse(json, (key, value) => {
  if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') regexes.push(value);
  return value;
});
for (const re of regexes) {
  try {
    new OnigScanner([re]).dispose();
  } catch (e) {
    console.error(`Pattern does not compile: ${re}\n${e.message}`);
    process.exit(1);
  }
}

if (process.argv.includes('--check')) {
  if (!existsSync(out) || readFileSync(out, 'utf8') !== json) {
    console.error('nianbao.tmLanguage.json is out of date: run `npm run build` in grammar/ and commit the result.');
    process.exit(1);
  }
  console.log(`nianbao.tmLanguage.json is up to date (${regexes.length} patterns compile).`);
} else {
  writeFileSync(out, json);
  console.log(`wrote ${out} (${regexes.length} patterns compile)`);
}

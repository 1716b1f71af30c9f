// Prints the assertion line that points at `part` in `line`, for writing test/unit/*.test.nianbao
// by hand: columns count UTF-16 code units (one per CJK character, one per tab), which is hard to
// line up by eye. Usage: node scripts/caret.mjs 'LINE (\t for tab)' 'PART' 'SCOPES' [OCCURRENCE]
const [line, part, scopes, occurrence = '1'] = process.argv.slice(2).map((a) => a.replace(/\\t/g, '\t'));
let at = -1;
for (let n = 0; n < Number(occurrence); n++) at = line.indexOf(part, at + 1);
if (at < 0) throw new Error(`"${part}" not found in "${line}"`);
console.log(at === 0 ? `# <${'-'.repeat(part.length)} ${scopes}` : `#${' '.repeat(at - 1)}${'^'.repeat(part.length)} ${scopes}`);

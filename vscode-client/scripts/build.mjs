// Builds the extension into dist/ and gathers what the .vsix ships besides the code:
// the grammar (from ../grammar) into syntaxes/ and the server jar (from ../server/target) into server/.
//   node scripts/build.mjs                       development build (sourcemaps, jar copied if present)
//   node scripts/build.mjs --production --require-server   what `npm run package` uses
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const requireServer = process.argv.includes('--require-server');

function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  console.log(`copied ${relative(root, from)} -> ${relative(root, to)} (${Math.round(statSync(to).size / 1024)} KB)`);
}

const grammar = join(root, '..', 'grammar');
for (const file of ['nianbao.tmLanguage.json', 'language-configuration.json']) {
  copy(join(grammar, file), join(root, 'syntaxes', file));
}

const jar = join(root, '..', 'server', 'target', 'nianbao.jar');
if (existsSync(jar)) {
  copy(jar, join(root, 'server', 'nianbao.jar'));
} else if (requireServer) {
  console.error(`${jar} is missing: build the server first (mvn -B -q package -DskipTests at the repository root).`);
  process.exit(1);
} else {
  console.warn(`note: ${relative(root, jar)} not built yet; the extension will need NIANBAO_SERVER_JAR or a later build.`);
}

await build({
  entryPoints: [join(root, 'src', 'extension.ts')],
  outfile: join(root, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  // `vscode` is provided by the editor at run time.
  external: ['vscode'],
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'info',
});

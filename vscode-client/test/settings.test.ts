import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ConfigurationLike,
  DEFAULT_DEBOUNCE_MS,
  DEFAULT_INITIAL_HEAP,
  DEFAULT_INLINE_SMALL_CODE,
  DEFAULT_MAX_HEAP,
  FORMAT_VERSIONS,
  jvmArguments,
  MAX_DEBOUNCE_MS,
  MIN_DEBOUNCE_MS,
  RULE_ID,
  RULE_SEVERITIES,
  toServerSettings,
} from '../src/settings';

/** The same lookup VS Code's WorkspaceConfiguration does for `nianbao.<key>`. */
function config(values: Record<string, unknown>): ConfigurationLike {
  return { get: <T>(key: string) => values[key] as T | undefined };
}

describe('toServerSettings', () => {
  it('gives the defaults for an empty configuration', () => {
    assert.deepEqual(toServerSettings(config({})), {
      settings: { formatVersion: 'auto', rules: {}, debounce: 200 },
      warnings: [],
    });
  });

  it('passes valid values through', () => {
    const { settings, warnings } = toServerSettings(
      config({ formatVersion: '2019', rules: { NB401: 'off', NB207: 'info' }, debounce: 350 }),
    );
    assert.deepEqual(settings, { formatVersion: '2019', rules: { NB401: 'off', NB207: 'info' }, debounce: 350 });
    assert.deepEqual(warnings, []);
  });

  it('normalises case, spacing, numbers and severity aliases', () => {
    const { settings, warnings } = toServerSettings(
      config({ formatVersion: 2021, rules: { ' nb301 ': 'WARN', NB302: 'information', NB303: 'none' }, debounce: '99.6' }),
    );
    assert.deepEqual(settings, {
      formatVersion: '2021',
      rules: { NB301: 'warning', NB302: 'info', NB303: 'off' },
      debounce: 100,
    });
    assert.deepEqual(warnings, []);
  });

  it('drops invalid values with a warning each', () => {
    const { settings, warnings } = toServerSettings(
      config({ formatVersion: '2020', rules: { NB3: 'off', NB301: 'loud' }, debounce: 'soon' }),
    );
    assert.deepEqual(settings, { formatVersion: 'auto', rules: {}, debounce: 200 });
    assert.equal(warnings.length, 4);
    assert.match(warnings[0], /formatVersion.*2020/);
    assert.match(warnings[1], /NB3/);
    assert.match(warnings[2], /NB301.*loud/);
    assert.match(warnings[3], /debounce/);
  });

  it('clamps the debounce to 0…5000 ms', () => {
    assert.equal(toServerSettings(config({ debounce: -5 })).settings.debounce, 0);
    assert.equal(toServerSettings(config({ debounce: 60000 })).settings.debounce, 5000);
  });

  it('rejects rules that are not an object', () => {
    const { settings, warnings } = toServerSettings(config({ rules: ['NB401'] }));
    assert.deepEqual(settings.rules, {});
    assert.equal(warnings.length, 1);
  });
});

describe('jvmArguments', () => {
  it('bounds the heap and exits on OutOfMemoryError by default', () => {
    const args = jvmArguments('/ext/server/nianbao.jar');
    assert.ok(args.includes(DEFAULT_MAX_HEAP));
    assert.ok(args.includes(DEFAULT_INITIAL_HEAP));
    assert.ok(args.includes('-XX:+ExitOnOutOfMemoryError'));
    assert.deepEqual(args.slice(-3), ['-jar', '/ext/server/nianbao.jar', 'lsp']);
  });

  it('adds no first heap when the user sizes the heap (it could exceed their maximum)', () => {
    assert.ok(!jvmArguments('/x.jar', ['-Xmx64m']).includes(DEFAULT_INITIAL_HEAP));
    assert.ok(!jvmArguments('/x.jar', ['-XX:MaxRAMPercentage=10']).includes(DEFAULT_INITIAL_HEAP));
    const onlyFirst = jvmArguments('/x.jar', ['-Xms32m']);
    assert.ok(!onlyFirst.includes(DEFAULT_INITIAL_HEAP));
    assert.ok(onlyFirst.includes(DEFAULT_MAX_HEAP));
  });

  it('lets a user -Xmx replace the default heap, and keeps user options first', () => {
    const args = jvmArguments('/x.jar', ['-Xmx2g', ' ', '-Duser.language=zh']);
    assert.deepEqual(args.slice(0, 2), ['-Xmx2g', '-Duser.language=zh']);
    assert.ok(!args.includes(DEFAULT_MAX_HEAP));
    assert.ok(args.includes('-XX:+ExitOnOutOfMemoryError'));
  });

  it('does not add a second garbage collector or encoding', () => {
    const args = jvmArguments('/x.jar', ['-XX:+UseG1GC', '-Dfile.encoding=GBK']);
    assert.ok(!args.includes('-XX:+UseSerialGC'));
    assert.ok(!args.includes('-Dfile.encoding=UTF-8'));
  });

  it('keeps C2 inlining small methods, unless the user sets it', () => {
    assert.ok(jvmArguments('/x.jar').includes(DEFAULT_INLINE_SMALL_CODE));
    const own = jvmArguments('/x.jar', ['-XX:InlineSmallCode=2500']);
    assert.ok(!own.includes(DEFAULT_INLINE_SMALL_CODE));
    assert.equal(own.filter((a) => a.startsWith('-XX:InlineSmallCode=')).length, 1);
  });

  it('maps the archive beside the jar on Java 17 and falls back silently when it does not fit', () => {
    const args = jvmArguments('/ext/server/nianbao.jar', [], { file: '/ext/server/nianbao.jsa', autoCreate: false });
    assert.ok(args.includes('-XX:SharedArchiveFile=/ext/server/nianbao.jsa'));
    assert.ok(args.includes('-Xshare:auto'));
    assert.ok(args.includes('-Xlog:cds*=off'), 'a CDS warning on stdout would break the protocol');
    assert.ok(args.indexOf('-Xshare:auto') < args.indexOf('-jar'));
  });

  it('lets Java 19+ create the archive itself', () => {
    const args = jvmArguments('/x.jar', [], { file: '/storage/nianbao.jsa', autoCreate: true });
    assert.ok(args.includes('-XX:+AutoCreateSharedArchive'));
    assert.ok(args.includes('-XX:SharedArchiveFile=/storage/nianbao.jsa'));
    assert.ok(!args.includes('-Xshare:auto'));
  });

  it('keeps the user\'s own sharing options', () => {
    const args = jvmArguments('/x.jar', ['-Xshare:off'], { file: '/x.jsa', autoCreate: false });
    assert.ok(!args.some((a) => a.includes('SharedArchiveFile')));
    assert.deepEqual(jvmArguments('/x.jar').filter((a) => a.includes('Shared')), []);
  });
});

describe('settings limits', () => {
  // out/test → the repository root
  const root = resolve(__dirname, '../../..');
  const schema = JSON.parse(readFileSync(resolve(root, 'server/src/main/resources/nianbao/config/settings-schema.json'), 'utf8'));
  const contributed = JSON.parse(readFileSync(resolve(root, 'vscode-client/package.json'), 'utf8')).contributes.configuration
    .properties;

  it('match the server schema, the one source of the limits', () => {
    assert.deepEqual([...FORMAT_VERSIONS], schema.formatVersion.enum);
    assert.deepEqual([...RULE_SEVERITIES], schema.rules.enum);
    assert.equal(RULE_ID.source, schema.rules.codePattern);
    assert.deepEqual([MIN_DEBOUNCE_MS, MAX_DEBOUNCE_MS, DEFAULT_DEBOUNCE_MS], [
      schema.debounce.minimum,
      schema.debounce.maximum,
      schema.debounce.default,
    ]);
  });

  it('match the settings schema VS Code shows (package.json)', () => {
    assert.deepEqual(contributed['nianbao.formatVersion'].enum, schema.formatVersion.enum);
    assert.equal(contributed['nianbao.formatVersion'].default, schema.formatVersion.default);
    assert.deepEqual(Object.keys(contributed['nianbao.rules'].patternProperties), [schema.rules.codePattern]);
    assert.deepEqual(contributed['nianbao.rules'].patternProperties[schema.rules.codePattern].enum, schema.rules.enum);
    const debounce = contributed['nianbao.debounce'];
    assert.deepEqual([debounce.minimum, debounce.maximum, debounce.default], [
      schema.debounce.minimum,
      schema.debounce.maximum,
      schema.debounce.default,
    ]);
  });
});

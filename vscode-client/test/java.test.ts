import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { describeRejection, findJava, javaCandidates, parseJavaVersion, REQUIRED_JAVA_MAJOR } from '../src/java';

describe('parseJavaVersion', () => {
  const cases: [string, string, number][] = [
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', '17.0.15', 17],
    ['java version "1.8.0_392"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)', '1.8.0_392', 8],
    ['openjdk version "11.0.21" 2023-10-17 LTS', '11.0.21', 11],
    ['openjdk version "21" 2023-09-19', '21', 21],
    ['openjdk version "22-ea" 2024-03-19', '22-ea', 22],
    ['Picked up JAVA_TOOL_OPTIONS: -Dfoo=bar\nopenjdk version "17.0.2" 2022-01-18', '17.0.2', 17],
    // `java --version` prints to stdout without quotes
    ['openjdk 21.0.1 2023-10-17\nOpenJDK Runtime Environment Temurin-21.0.1+12', '21.0.1', 21],
  ];
  for (const [output, version, major] of cases) {
    it(`reads ${version} as Java ${major}`, () => {
      assert.deepEqual(parseJavaVersion(output), { version, major });
    });
  }
  it('returns undefined for unrelated output', () => {
    assert.equal(parseJavaVersion('bash: java: command not found'), undefined);
    assert.equal(parseJavaVersion(''), undefined);
  });
});

describe('javaCandidates', () => {
  it('tries the setting, then JAVA_HOME, then each PATH entry', () => {
    const c = javaCandidates({
      settingHome: '/opt/jdk-21',
      env: { JAVA_HOME: '/usr/lib/jvm/java-17', PATH: '/usr/local/bin:/usr/bin' },
      platform: 'linux',
    });
    assert.deepEqual(c, [
      { source: 'setting', executable: '/opt/jdk-21/bin/java' },
      { source: 'JAVA_HOME', executable: '/usr/lib/jvm/java-17/bin/java' },
      { source: 'PATH', executable: '/usr/local/bin/java' },
      { source: 'PATH', executable: '/usr/bin/java' },
    ]);
  });
  it('accepts a setting that names the executable itself', () => {
    const c = javaCandidates({ settingHome: '/opt/jdk/bin/java', env: {}, platform: 'linux' });
    assert.deepEqual(c, [{ source: 'setting', executable: '/opt/jdk/bin/java' }]);
  });
  it('ignores blank settings and blank PATH entries', () => {
    const c = javaCandidates({ settingHome: '  ', env: { JAVA_HOME: '', PATH: '::/bin:' }, platform: 'linux' });
    assert.deepEqual(c, [{ source: 'PATH', executable: '/bin/java' }]);
  });
  it('uses java.exe, backslashes and ; on Windows', () => {
    const c = javaCandidates({
      settingHome: 'C:\\Program Files\\Java\\jdk-17',
      env: { Path: 'C:\\Windows;C:\\jdk\\bin' },
      platform: 'win32',
    });
    assert.deepEqual(
      c.map((x) => x.executable),
      ['C:\\Program Files\\Java\\jdk-17\\bin\\java.exe', 'C:\\Windows\\java.exe', 'C:\\jdk\\bin\\java.exe'],
    );
  });
});

// findJava runs real executables: small shell scripts that print what a JDK prints.
describe('findJava', { skip: process.platform === 'win32' ? 'shell scripts stand in for JDKs' : false }, () => {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-java-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  function fakeJdk(name: string, versionLine: string, exitCode = 0): string {
    const home = join(root, name);
    mkdirSync(join(home, 'bin'), { recursive: true });
    const exe = join(home, 'bin', 'java');
    writeFileSync(exe, `#!/bin/sh\necho '${versionLine}' >&2\nexit ${exitCode}\n`);
    chmodSync(exe, 0o755);
    return home;
  }

  const jdk8 = fakeJdk('jdk8', 'java version "1.8.0_392"');
  const jdk11 = fakeJdk('jdk11', 'openjdk version "11.0.21" 2023-10-17');
  const jdk17 = fakeJdk('jdk17', 'openjdk version "17.0.15" 2025-04-15');
  const jdk21 = fakeJdk('jdk21', 'openjdk version "21.0.5" 2024-10-15');
  const broken = fakeJdk('broken', 'Error: could not find libjava.so', 1);

  it('prefers the setting over JAVA_HOME and PATH', async () => {
    const r = await findJava({
      settingHome: jdk21,
      env: { JAVA_HOME: jdk17, PATH: join(jdk11, 'bin') },
      platform: 'linux',
    });
    assert.equal(r.java?.source, 'setting');
    assert.equal(r.java?.major, 21);
    assert.deepEqual(r.rejected, []);
  });

  it('falls back from JAVA_HOME to PATH, skipping runtimes older than 17', async () => {
    const r = await findJava({
      env: { JAVA_HOME: jdk11, PATH: [join(root, 'nothing-here'), join(jdk8, 'bin'), join(jdk17, 'bin')].join(':') },
      platform: 'linux',
    });
    assert.equal(r.java?.source, 'PATH');
    assert.equal(r.java?.executable, join(jdk17, 'bin', 'java'));
    assert.equal(r.java?.version, '17.0.15');
    assert.equal(r.rejected.length, 2);
    assert.match(describeRejection(r.rejected[0]), /JAVA_HOME.*11\.0\.21.*需要 17/);
    assert.match(describeRejection(r.rejected[1]), /PATH.*1\.8\.0_392/);
  });

  it('does not replace an unusable nianbao.java.home by another Java', async () => {
    const tooOld = await findJava({ settingHome: jdk8, env: { JAVA_HOME: jdk17 }, platform: 'linux' });
    assert.equal(tooOld.java, undefined);
    assert.deepEqual(tooOld.rejected.length, 1);
    assert.match(describeRejection(tooOld.rejected[0]), /nianbao\.java\.home.*1\.8\.0_392/);

    const missing = await findJava({ settingHome: join(root, 'no-such-jdk'), env: { JAVA_HOME: jdk17 }, platform: 'linux' });
    assert.equal(missing.java, undefined);
    assert.match(describeRejection(missing.rejected[0]), /nianbao\.java\.home.*找不到可执行的 java/);
  });

  it('reports a JAVA_HOME that points at nothing, but not missing PATH entries', async () => {
    const r = await findJava({
      env: { JAVA_HOME: join(root, 'missing'), PATH: join(root, 'empty-dir') },
      platform: 'linux',
    });
    assert.equal(r.java, undefined);
    assert.equal(r.rejected.length, 1);
    assert.match(describeRejection(r.rejected[0]), /JAVA_HOME.*找不到可执行的 java/);
  });

  it('rejects a java that prints no version', async () => {
    const r = await findJava({ settingHome: broken, env: {}, platform: 'linux' });
    assert.equal(r.java, undefined);
    assert.match(describeRejection(r.rejected[0]), /无法识别/);
  });

  it('finds the java of this machine on PATH, if it has one', async (t) => {
    let onPath: string;
    try {
      onPath = execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim();
    } catch {
      t.skip('no java on PATH');
      return;
    }
    const r = await findJava({ env: { PATH: process.env.PATH }, platform: process.platform });
    assert.ok(r.java, `expected ${onPath} to be usable: ${r.rejected.map(describeRejection).join('; ')}`);
    assert.ok(r.java.major >= REQUIRED_JAVA_MAJOR);
  });
});

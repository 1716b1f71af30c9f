// Finding a Java runtime for the language server: the `nianbao.java.home` setting, then JAVA_HOME,
// then PATH, the order lemminx and vscode-java use, so users who know one know all.
// Pure Node: no `vscode` import, so it is unit-tested without an editor.

import { execFile } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';

/** The server is compiled for Java 17 (maven.compiler.release 17). */
export const REQUIRED_JAVA_MAJOR = 17;

export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';

export interface JavaCandidate {
  source: JavaSource;
  /** Path of the java executable to try. */
  executable: string;
}

export interface JavaRuntime extends JavaCandidate {
  /** Version string as printed by `java -version`, e.g. "17.0.15" or "1.8.0_392". */
  version: string;
  major: number;
}

export interface Rejection extends JavaCandidate {
  /** Why it cannot be used (Chinese, for the user). */
  reason: string;
}

export interface JavaLookup {
  java?: JavaRuntime;
  /** Candidates that were found but cannot be used, in the order they were tried. */
  rejected: Rejection[];
}

export interface LookupOptions {
  /** Value of `nianbao.java.home`: a JDK/JRE directory, or the java executable itself. */
  settingHome?: string | null;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}

/** Runs `java -version` and returns what it printed (it prints to stderr). */
export type VersionProbe = (executable: string) => Promise<string>;

/** "环境变量 JAVA_HOME（/usr/lib/jvm/x/bin/java）：Java 版本为 11，…" */
export function describeRejection(r: Rejection): string {
  return `${SOURCE_LABEL[r.source]}（${r.executable}）：${r.reason}`;
}

const SOURCE_LABEL: Record<JavaSource, string> = {
  setting: '设置 nianbao.java.home',
  JAVA_HOME: '环境变量 JAVA_HOME',
  PATH: '环境变量 PATH',
};

export function javaExecutableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

function expandHome(p: string): string {
  return p === '~' || p.startsWith('~/') ? path.join(homedir(), p.slice(1)) : p;
}

function pathModule(platform: NodeJS.Platform): typeof path.posix {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** The executables to try, in order. A setting may name the home directory or the executable. */
export function javaCandidates(options: LookupOptions): JavaCandidate[] {
  const p = pathModule(options.platform);
  const exe = javaExecutableName(options.platform);
  const result: JavaCandidate[] = [];
  const setting = options.settingHome?.trim();
  if (setting) {
    const home = expandHome(setting);
    const base = p.basename(home).toLowerCase();
    result.push({ source: 'setting', executable: base === exe ? home : p.join(home, 'bin', exe) });
  }
  const javaHome = options.env.JAVA_HOME?.trim();
  if (javaHome) {
    result.push({ source: 'JAVA_HOME', executable: p.join(expandHome(javaHome), 'bin', exe) });
  }
  // Windows spells it Path; Node's env object is case-insensitive there but not in tests.
  const pathVar = options.env.PATH ?? options.env.Path ?? '';
  const delimiter = options.platform === 'win32' ? ';' : ':';
  for (const dir of pathVar.split(delimiter)) {
    if (dir.trim()) result.push({ source: 'PATH', executable: p.join(dir.trim(), exe) });
  }
  return result;
}

/**
 * Parses the output of `java -version` (or `java --version`). Handles the pre-9 scheme
 * ("1.8.0_392" → 8) and the current one ("17.0.15", "21", "22-ea" → 17, 21, 22).
 */
export function parseJavaVersion(output: string): { version: string; major: number } | undefined {
  const quoted = /version\s+"([^"]+)"/.exec(output);
  const bare = /^(?:openjdk|java)\s+(\d[\w.+-]*)/m.exec(output);
  const version = quoted?.[1] ?? bare?.[1];
  if (!version) return undefined;
  const legacy = /^1\.(\d+)/.exec(version);
  const modern = /^(\d+)/.exec(version);
  const major = Number(legacy?.[1] ?? modern?.[1]);
  return Number.isFinite(major) && major > 0 ? { version, major } : undefined;
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const probeJavaVersion: VersionProbe = (executable) =>
  new Promise((resolve, reject) => {
    // A broken wrapper script could hang: 15 s is far more than any JVM needs to print its version.
    execFile(executable, ['-version'], { timeout: 15_000, windowsHide: true }, (error, stdout, stderr) => {
      if (error && !stderr && !stdout) reject(error);
      else resolve(`${stderr}\n${stdout}`);
    });
  });

/**
 * Returns the first candidate that runs and is Java 17 or newer. Candidates that exist but fail
 * (too old, or `-version` fails) are listed in `rejected`; so is a JAVA_HOME that points at
 * nothing, because the user set it on purpose. Missing PATH entries are normal and not reported.
 *
 * An explicit `nianbao.java.home` is the only candidate: if it is unusable, that is reported
 * rather than silently replaced by another Java (as vscode-java does), since the user chose it.
 */
export async function findJava(options: LookupOptions, probe: VersionProbe = probeJavaVersion): Promise<JavaLookup> {
  const rejected: Rejection[] = [];
  const tried = new Set<string>();
  const all = javaCandidates(options);
  const candidates = all[0]?.source === 'setting' ? all.slice(0, 1) : all;
  for (const candidate of candidates) {
    if (tried.has(candidate.executable)) continue;
    tried.add(candidate.executable);
    const reject = (reason: string) => rejected.push({ ...candidate, reason });
    if (!isExecutableFile(candidate.executable)) {
      if (candidate.source !== 'PATH') reject('找不到可执行的 java');
      continue;
    }
    let output: string;
    try {
      output = await probe(candidate.executable);
    } catch (e) {
      reject(`无法运行 java -version（${(e as Error).message}）`);
      continue;
    }
    const parsed = parseJavaVersion(output);
    if (!parsed) {
      reject('无法识别 java -version 的输出');
      continue;
    }
    if (parsed.major < REQUIRED_JAVA_MAJOR) {
      reject(`Java 版本为 ${parsed.version}，需要 ${REQUIRED_JAVA_MAJOR} 或更高版本`);
      continue;
    }
    return { java: { ...candidate, ...parsed }, rejected };
  }
  return { rejected };
}

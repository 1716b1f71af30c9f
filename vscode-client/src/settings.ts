// Settings → what the server receives (initializationOptions and workspace/configuration),
// and the JVM command line. Pure: unit-tested without VS Code.

export type FormatVersion = 'auto' | '2019' | '2021';
export type RuleSeverity = 'off' | 'error' | 'warning' | 'info' | 'hint';

/** The part of the `nianbao` settings the server reads (the contract with server/). */
export interface ServerSettings {
  formatVersion: FormatVersion;
  rules: Record<string, RuleSeverity>;
  debounce: number;
}

// The limits come from server/src/main/resources/nianbao/config/settings-schema.json (the one source for the
// CLI, the server and package.json's settings schema); test/settings.test.ts checks that these copies agree.
export const FORMAT_VERSIONS: readonly FormatVersion[] = ['auto', '2019', '2021'];
export const RULE_SEVERITIES: readonly RuleSeverity[] = ['off', 'error', 'warning', 'info', 'hint'];
export const DEFAULT_DEBOUNCE_MS = 200;
export const MIN_DEBOUNCE_MS = 0;
export const MAX_DEBOUNCE_MS = 5000;

/** Spellings users bring from other linters (ESLint, Ruff…), mapped to ours. */
const SEVERITY_ALIASES: Record<string, RuleSeverity> = {
  off: 'off',
  none: 'off',
  ignore: 'off',
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  info: 'info',
  information: 'info',
  hint: 'hint',
};

export const RULE_ID = /^NB\d{3}$/;

/** Minimal view of vscode.WorkspaceConfiguration, so tests can pass a plain object. */
export interface ConfigurationLike {
  get<T>(section: string): T | undefined;
}

export interface Normalized {
  settings: ServerSettings;
  /** Chinese messages for the output channel, one per value that was ignored. */
  warnings: string[];
}

/** Normalizes the raw `nianbao` configuration; anything invalid is dropped with a warning. */
export function toServerSettings(config: ConfigurationLike): Normalized {
  const warnings: string[] = [];

  let formatVersion: FormatVersion = 'auto';
  const rawVersion = config.get<unknown>('formatVersion');
  if (rawVersion !== undefined && rawVersion !== null) {
    const v = String(rawVersion).trim().toLowerCase();
    if (v === 'auto' || v === '2019' || v === '2021') formatVersion = v;
    else warnings.push(`nianbao.formatVersion 的值 "${String(rawVersion)}" 无效，已按 "auto" 处理`);
  }

  const rules: Record<string, RuleSeverity> = {};
  const rawRules = config.get<unknown>('rules');
  if (rawRules && typeof rawRules === 'object' && !Array.isArray(rawRules)) {
    for (const [key, value] of Object.entries(rawRules as Record<string, unknown>)) {
      const id = key.trim().toUpperCase();
      const severity = SEVERITY_ALIASES[String(value).trim().toLowerCase()];
      if (!RULE_ID.test(id)) warnings.push(`nianbao.rules 中的规则编号 "${key}" 无效（应形如 NB301），已忽略`);
      else if (!severity) warnings.push(`nianbao.rules.${id} 的级别 "${String(value)}" 无效（可用 off、error、warning、info、hint），已忽略`);
      else rules[id] = severity;
    }
  } else if (rawRules !== undefined && rawRules !== null) {
    warnings.push('nianbao.rules 应为对象，如 { "NB401": "off" }，已忽略');
  }

  let debounce = DEFAULT_DEBOUNCE_MS;
  const rawDebounce = config.get<unknown>('debounce');
  if (rawDebounce !== undefined && rawDebounce !== null) {
    const n = Number(rawDebounce);
    if (Number.isFinite(n)) debounce = Math.min(MAX_DEBOUNCE_MS, Math.max(MIN_DEBOUNCE_MS, Math.round(n)));
    else warnings.push(`nianbao.debounce 的值 "${String(rawDebounce)}" 无效，已按 ${DEFAULT_DEBOUNCE_MS} 毫秒处理`);
  }

  return { settings: { formatVersion, rules, debounce }, warnings };
}

/** Default heap: reports are a few hundred KB; 512 MB leaves room and keeps a runaway bounded. */
export const DEFAULT_MAX_HEAP = '-Xmx512m';
/**
 * Default first heap: 128 MB rather than the JVM's 1/64 of the machine's memory, so that the young generation (touched
 * in full between collections) and with it resident memory stay small; only when the user sizes no heap.
 */
export const DEFAULT_INITIAL_HEAP = '-Xms128m';
/**
 * C2 inlines only compiled methods under 1,000 bytes of code (the JVM's default is 2,500): its compilations are
 * smaller, so the checker is compiled sooner after start (the first changes of a 1 MB report ~10% faster), and the
 * compiled checker is as fast. Left out when the user sets it.
 */
export const DEFAULT_INLINE_SMALL_CODE = '-XX:InlineSmallCode=1000';

/**
 * The class-data archive the JVM maps at start-up (classes already parsed and verified: the server answers
 * sooner). On Java 19+ the JVM creates and refreshes it by itself (`autoCreate`, a file in the extension's
 * storage); on 17 and 18 only an archive recorded by the same JDK build can be used (`mvn package` writes one
 * beside the jar), and `-Xshare:auto` starts without it otherwise. CDS messages are switched off: stdout carries
 * the protocol.
 */
export interface ClassArchive {
  file: string;
  autoCreate: boolean;
}

/** JVM options for a class-data archive; none when the user already chose sharing options. */
export function archiveArguments(archive: ClassArchive | undefined, userVmArgs: readonly string[]): string[] {
  if (!archive || userVmArgs.some((a) => a.startsWith('-Xshare') || a.includes('SharedArchiveFile'))) return [];
  return archive.autoCreate
    ? ['-XX:+AutoCreateSharedArchive', `-XX:SharedArchiveFile=${archive.file}`, '-Xlog:cds*=off']
    : [`-XX:SharedArchiveFile=${archive.file}`, '-Xshare:auto', '-Xlog:cds*=off'];
}

/**
 * JVM arguments followed by `-jar <jar> lsp`. User vmargs come first so they can override the
 * heap; a user -Xmx replaces the default. ExitOnOutOfMemoryError is always set: a JVM that
 * survives an OOM answers nothing, while one that exits is restarted by the client.
 */
export function jvmArguments(jar: string, userVmArgs: readonly string[] = [], archive?: ClassArchive): string[] {
  const args = userVmArgs.map((a) => a.trim()).filter((a) => a.length > 0);
  const sizesHeap = args.some((a) => /^-Xm[sx]|^-XX:(Max|Initial|Min)RAMPercentage|^-XX:(Max|Initial)HeapSize/.test(a));
  if (!args.some((a) => a.startsWith('-Xmx') || a.startsWith('-XX:MaxRAMPercentage'))) args.push(DEFAULT_MAX_HEAP);
  if (!sizesHeap) args.push(DEFAULT_INITIAL_HEAP);
  if (!args.includes('-XX:+ExitOnOutOfMemoryError')) args.push('-XX:+ExitOnOutOfMemoryError');
  // Serial GC: one small heap, no GC threads competing with the editor on a laptop, and memory given back.
  if (!args.some((a) => /^-XX:\+Use\w+GC$/.test(a))) args.push('-XX:+UseSerialGC');
  if (!args.some((a) => a.startsWith('-XX:InlineSmallCode='))) args.push(DEFAULT_INLINE_SMALL_CODE);
  if (!args.some((a) => a.startsWith('-Dfile.encoding='))) args.push('-Dfile.encoding=UTF-8');
  args.push(...archiveArguments(archive, args));
  return [...args, '-jar', jar, 'lsp'];
}

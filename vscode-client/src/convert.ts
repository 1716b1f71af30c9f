// 打开为年报文本: a .docx, .html or .pdf report becomes a new nianbao document, through the
// server jar's `convert` command (the same reader as `lint`; the language server itself never
// loads the document readers).

import { execFile } from 'node:child_process';

/** File name extensions the jar's convert command reads. */
export const CONVERTIBLE_EXTENSIONS = ['docx', 'html', 'htm', 'pdf'];

/** Filters for the open dialog. */
export const OPEN_DIALOG_FILTERS: Record<string, string[]> = {
  '年报文件（Word、网页、PDF）': CONVERTIBLE_EXTENSIONS,
};

export function isConvertible(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot >= 0 && CONVERTIBLE_EXTENSIONS.includes(path.slice(dot + 1).toLowerCase());
}

/** JVM arguments for `convert`: the user's heap and encoding settings, as for the server. */
export function convertArguments(jvmArgs: readonly string[], file: string): string[] {
  // jvmArguments() ends with [-jar, JAR, lsp]: run the same jar with `convert FILE` instead.
  const args = [...jvmArgs];
  if (args[args.length - 1] === 'lsp') args.pop();
  return [...args, 'convert', file];
}

export type ConvertResult = { ok: true; text: string } | { ok: false; message: string };

type Exec = (
  file: string,
  args: string[],
  options: { encoding: 'utf8'; maxBuffer: number; timeout: number },
  callback: (error: Error | null, stdout: string, stderr: string) => void,
) => unknown;

/**
 * Runs the jar and returns the text it writes, or the message it gives (in Chinese, naming the
 * file) when it cannot read the file.
 */
export function runConvert(java: string, args: string[], exec: Exec = execFile as unknown as Exec): Promise<ConvertResult> {
  return new Promise((resolve) => {
    exec(java, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      if (!error) {
        resolve({ ok: true, text: stdout });
        return;
      }
      const lines = (stderr || '').split('\n').map((l) => l.replace(/^nianbao convert: /, '').trim()).filter((l) => l && !l.startsWith('用法：'));
      resolve({ ok: false, message: lines.join('；') || error.message });
    });
  });
}

// VS Code client of the nianbao language server (java -jar nianbao.jar lsp).
//
// Lifecycle: the extension activates on nianbao and plaintext documents (plaintext only to detect
// reports saved as .txt); the JVM starts only when a nianbao document is open, so opening a
// README.txt costs nothing.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  Message,
  RevealOutputChannelOn,
  ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { looksLikeReport, DETECTION_WINDOW } from './detect';
import { describeRejection, findJava, JavaRuntime, Rejection, REQUIRED_JAVA_MAJOR } from './java';
import { ClassArchive, jvmArguments, toServerSettings } from './settings';
import { affectsColumnColors, columnColorsMiddleware, refreshColumnColors } from './columnColors';
import { CMD_NEW_REPORT, isPasteIntoUntitledPlainText, openNewReport } from './newReport';
import { convertArguments, isConvertible, OPEN_DIALOG_FILTERS, runConvert } from './convert';

const LANGUAGE_ID = 'nianbao';
const SECTION = 'nianbao';

/** Commands the server implements (workspace/executeCommand). */
const SERVER_RECOMPUTE_ALL_TOTALS = 'nianbao.recomputeAllTotals';
const SERVER_REPORT_TEMPLATE = 'nianbao.reportTemplate';

/**
 * Commands of this extension. They are not named like the server's commands: vscode-languageclient
 * registers every command the server announces under its own name, and a second registration of
 * the same name would fail.
 */
const CMD_RECOMPUTE = 'nianbao.editor.recomputeAllTotals';
const CMD_TEMPLATE = 'nianbao.editor.insertReportTemplate';
const CMD_RESTART = 'nianbao.restartServer';
const CMD_SHOW_OUTPUT = 'nianbao.showOutput';
const CMD_STATUS_MENU = 'nianbao.statusMenu';
const CMD_OPEN_AS_TEXT = 'nianbao.openAsReportText';

/** Schemes whose documents are files the user edits (not git views, output panes…). */
const DOCUMENT_SCHEMES = ['file', 'untitled'];

type ServerState = 'idle' | 'starting' | 'running' | 'stopped' | 'failed';

class NianbaoExtension implements vscode.Disposable {
  private readonly output = vscode.window.createOutputChannel('政府信息公开年报');
  private readonly status = vscode.window.createStatusBarItem('nianbao.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient | undefined> | undefined;
  private restarts: Promise<void> = Promise.resolve();
  private state: ServerState = 'idle';
  private stateDetail = '';
  private java: JavaRuntime | undefined;
  /** Whether the current client's server reached the running state (crash vs. failed start). */
  private serverHasRun = false;
  /** The "no Java" message is shown once per session, not at every document opened. */
  private javaErrorShown = false;
  /** Documents switched to nianbao once are not switched again if the user switches them back. */
  private readonly autoDetected = new Set<string>();

  constructor(private readonly context: vscode.ExtensionContext) {}

  activate(): void {
    this.status.name = '政府信息公开年报语言服务';
    this.status.command = CMD_STATUS_MENU;
    this.disposables.push(
      this.output,
      this.status,
      vscode.commands.registerCommand(CMD_RECOMPUTE, () => this.recomputeAllTotals()),
      vscode.commands.registerCommand(CMD_TEMPLATE, () => this.insertReportTemplate()),
      vscode.commands.registerCommand(CMD_RESTART, () => this.restart()),
      vscode.commands.registerCommand(CMD_SHOW_OUTPUT, () => this.output.show(true)),
      vscode.commands.registerCommand(CMD_STATUS_MENU, () => this.statusMenu()),
      vscode.commands.registerCommand(CMD_NEW_REPORT, () => openNewReport(() => this.insertReportTemplate())),
      vscode.workspace.onDidChangeTextDocument((e) => isPasteIntoUntitledPlainText(e) && this.detectReport(e.document)),
      vscode.commands.registerCommand(CMD_OPEN_AS_TEXT, (uri?: vscode.Uri) => this.openAsReportText(uri)),
      vscode.workspace.onDidOpenTextDocument((doc) => this.onDocumentOpened(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onDocumentClosed(doc)),
      vscode.window.onDidChangeActiveTextEditor(() => this.renderStatus()),
      vscode.workspace.onDidChangeConfiguration((e) => this.onConfigurationChanged(e)),
    );
    vscode.workspace.textDocuments.forEach((doc) => this.onDocumentOpened(doc));
    this.renderStatus();
  }

  // ---- documents -------------------------------------------------------------------------

  private onDocumentOpened(doc: vscode.TextDocument): void {
    // A change of language reopens the document in the same editor: no editor change event.
    this.renderStatus();
    if (!DOCUMENT_SCHEMES.includes(doc.uri.scheme)) return;
    if (doc.languageId === LANGUAGE_ID) {
      void this.ensureStarted();
    } else if (doc.languageId === 'plaintext') {
      void this.detectReport(doc);
    }
  }

  private onDocumentClosed(doc: vscode.TextDocument): void {
    // A change of language closes and reopens the document in one batch; only a document that is
    // still gone afterwards was really closed, and may be detected again when it is reopened.
    const key = doc.uri.toString();
    if (!this.autoDetected.has(key)) return;
    setTimeout(() => {
      if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) this.autoDetected.delete(key);
    }, 0);
  }

  private async detectReport(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    if (this.autoDetected.has(key)) return;
    if (!vscode.workspace.getConfiguration(SECTION, doc.uri).get<boolean>('detectPlaintextReports', true)) return;
    const head = doc.getText(new vscode.Range(new vscode.Position(0, 0), doc.positionAt(DETECTION_WINDOW)));
    if (!looksLikeReport(head)) return;
    this.autoDetected.add(key);
    this.log(`识别为政府信息公开年报，切换语言为 nianbao：${doc.uri.fsPath || key}`);
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  }

  private hasReportOpen(): boolean {
    return vscode.workspace.textDocuments.some(
      (d) => d.languageId === LANGUAGE_ID && DOCUMENT_SCHEMES.includes(d.uri.scheme),
    );
  }

  // ---- server lifecycle ------------------------------------------------------------------

  /**
   * Starts the server once; concurrent callers share the same start. A client that exists is
   * either running, being restarted by vscode-languageclient after a crash, or has failed for
   * good (broken jar, repeated crashes): in the last case only the restart command or a change of
   * the Java settings tries again, so that opening more reports does not repeat the failure.
   * Without a usable Java there is no client, and each report opened looks again (cheaply, and
   * without repeating the message), in case Java was installed meanwhile.
   */
  private ensureStarted(): Promise<LanguageClient | undefined> {
    if (this.starting) return this.starting;
    if (this.client) return Promise.resolve(this.state === 'failed' ? undefined : this.client);
    this.starting = this.start().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /** Java 19+: an archive the JVM keeps up to date in our storage; 17–18: the one `mvn package` wrote beside the jar. */
  private async classArchive(jar: string, java: JavaRuntime): Promise<ClassArchive | undefined> {
    if (java.major >= 19) {
      const dir = this.context.globalStorageUri.fsPath;
      await fs.promises.mkdir(dir, { recursive: true }).catch(() => undefined);
      const version = String(this.context.extension.packageJSON.version ?? 'dev');
      return { file: path.join(dir, `nianbao-${version}-java${java.major}.jsa`), autoCreate: true };
    }
    const beside = path.join(path.dirname(jar), 'nianbao.jsa');
    return fs.existsSync(beside) ? { file: beside, autoCreate: false } : undefined;
  }

  private async start(): Promise<LanguageClient | undefined> {
    this.setState('starting', '正在查找 Java');
    const config = vscode.workspace.getConfiguration(SECTION);
    const lookup = await findJava({
      settingHome: config.get<string | null>('java.home'),
      env: process.env,
      platform: process.platform,
    });
    lookup.rejected.forEach((r) => this.log(`未采用 ${describeRejection(r)}`));
    if (!lookup.java) {
      const fromSetting = Boolean(config.get<string | null>('java.home')?.trim());
      this.setState('failed', fromSetting ? 'nianbao.java.home 所指的 Java 不可用' : `未找到 Java ${REQUIRED_JAVA_MAJOR} 或更高版本`);
      void this.showJavaMissing(lookup.rejected, fromSetting);
      return undefined;
    }
    this.java = lookup.java;
    this.log(`使用 Java ${lookup.java.version}：${lookup.java.executable}（来自${lookup.java.source === 'setting' ? '设置 nianbao.java.home' : lookup.java.source === 'JAVA_HOME' ? ' JAVA_HOME' : ' PATH'}）`);

    // NIANBAO_SERVER_JAR lets developers run a freshly built server without repackaging.
    const jar = process.env.NIANBAO_SERVER_JAR || this.context.asAbsolutePath('server/nianbao.jar');
    const args = jvmArguments(jar, config.get<string[]>('java.vmargs', []), await this.classArchive(jar, lookup.java));
    const executable = { command: lookup.java.executable, args, transport: TransportKind.stdio };
    const serverOptions: ServerOptions = { run: executable, debug: executable };

    const normalized = toServerSettings(config);
    normalized.warnings.forEach((w) => this.log(w));

    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SCHEMES.map((scheme) => ({ scheme, language: LANGUAGE_ID })),
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: normalized.settings,
      synchronize: { configurationSection: SECTION },
      diagnosticCollectionName: 'nianbao',
      middleware: {
        ...columnColorsMiddleware,
        workspace: {
          // The server pulls `nianbao` with workspace/configuration: hand it the same normalized
          // shape as initializationOptions, whatever the user typed into settings.json.
          configuration: async (params, token, next) => {
            const result = await next(params, token);
            if (!Array.isArray(result)) return result;
            return result.map((value, i) => {
              const item = params.items[i];
              if (item?.section !== SECTION) return value;
              const scoped = vscode.workspace.getConfiguration(
                SECTION,
                item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined,
              );
              return { ...(value as object), ...toServerSettings(scoped).settings };
            });
          },
        },
      },
      errorHandler: this.errorHandler(),
      initializationFailedHandler: (error) => {
        this.log(`语言服务初始化失败：${error instanceof Error ? error.message : String(error)}`);
        return false;
      },
    };

    const client = new LanguageClient(SECTION, '政府信息公开年报语言服务', serverOptions, clientOptions);
    this.serverHasRun = false;
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        this.serverHasRun = true;
        this.setState('running', '');
      } else if (e.newState === State.Starting) {
        this.setState('starting', '正在启动');
      } else if (e.newState === State.Stopped && this.state !== 'failed') {
        this.setState('stopped', '');
      }
    });
    this.client = client;
    this.setState('starting', '正在启动');
    // If the server process dies during initialization, vscode-languageclient stops the client and
    // its start() promise may never settle; the Stopped state is the reliable signal.
    let onStopped: vscode.Disposable | undefined;
    const stopped = new Promise<never>((_, reject) => {
      onStopped = client.onDidChangeState((e) => {
        if (e.newState === State.Stopped) reject(new Error('语言服务进程在初始化时退出'));
      });
    });
    try {
      await Promise.race([client.start(), stopped]);
      return client;
    } catch (e) {
      // vscode-languageclient has already shown "couldn't create connection to server" with a
      // button to the output channel; a second message would only repeat it.
      this.log(`语言服务启动失败：${e instanceof Error ? e.message : String(e)}`);
      this.setState('failed', '启动失败，详见日志');
      return undefined;
    } finally {
      onStopped?.dispose();
    }
  }

  /**
   * Restart after crashes, but give up (with one message) after 3 crashes in 3 minutes. A server
   * that exits before it ever ran (bad jar, bad JVM option) is not restarted at all: the start
   * failure is reported once by start().
   */
  private errorHandler() {
    const crashes: number[] = [];
    return {
      error: (_error: Error, _message: Message | undefined, count: number | undefined) => ({
        action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
      }),
      closed: () => {
        if (!this.serverHasRun) return { action: CloseAction.DoNotRestart, handled: true };
        const now = Date.now();
        crashes.push(now);
        while (crashes.length > 0 && now - crashes[0] > 3 * 60_000) crashes.shift();
        if (crashes.length > 3) {
          this.setState('failed', '语言服务多次意外退出');
          void vscode.window
            .showErrorMessage('政府信息公开年报语言服务在 3 分钟内意外退出了多次，已停止。', '查看日志', '重启')
            .then((choice) => {
              if (choice === '查看日志') this.output.show(true);
              if (choice === '重启') void this.restart();
            });
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        this.log('语言服务意外退出，正在重启');
        return { action: CloseAction.Restart, handled: true };
      },
    };
  }

  private async showJavaMissing(rejected: Rejection[], fromSetting: boolean): Promise<void> {
    if (this.javaErrorShown) return;
    this.javaErrorShown = true;
    const message = fromSetting
      ? `设置 nianbao.java.home 所指的 Java 不可用（${rejected.map((r) => `${r.executable}：${r.reason}`).join('；')}）。` +
        `请改为 Java ${REQUIRED_JAVA_MAJOR} 或更高版本的安装目录，或清空该设置以使用 JAVA_HOME 或 PATH 中的 Java。`
      : `未找到 Java ${REQUIRED_JAVA_MAJOR} 或更高版本，政府信息公开年报语言服务无法启动` +
        `${rejected.length > 0 ? `（${rejected.map(describeRejection).join('；')}）` : ''}。` +
        `请安装 JDK/JRE ${REQUIRED_JAVA_MAJOR}+，或在设置 nianbao.java.home 中填写 Java 安装目录。`;
    const choice = await vscode.window.showErrorMessage(message, '打开设置', '查看日志');
    if (choice === '打开设置') {
      // nianbao.java.home is machine-overridable: in a remote window (SSH, WSL, code-server) it is a
      // setting of the remote machine, and the User tab would not show it.
      const command = vscode.env.remoteName ? 'workbench.action.openRemoteSettings' : 'workbench.action.openSettings';
      await vscode.commands.executeCommand(command, { query: 'nianbao.java.home' });
    }
    if (choice === '查看日志') this.output.show(true);
  }

  private async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      if (client.isRunning()) await client.stop(10_000);
    } catch (e) {
      this.log(`停止语言服务时出错：${e instanceof Error ? e.message : String(e)}`);
    }
    await client.dispose().catch(() => undefined);
    this.setState('stopped', '');
  }

  /**
   * Restarts are queued: a settings change can arrive twice in a row (file watcher and settings
   * model), and two interleaved restarts would stop the server the other one just started.
   */
  private restart(): Promise<void> {
    this.restarts = this.restarts.then(async () => {
      await this.starting;
      await this.stop();
      this.javaErrorShown = false;
      this.log('重启语言服务');
      await this.ensureStarted();
    });
    return this.restarts;
  }

  private onConfigurationChanged(e: vscode.ConfigurationChangeEvent): void {
    if (affectsColumnColors(e)) refreshColumnColors(this.client);
    // Java settings take effect only in a new JVM; the others reach the running server through
    // workspace/didChangeConfiguration.
    if (!e.affectsConfiguration(`${SECTION}.java`)) return;
    if (this.client || this.state === 'failed' || this.hasReportOpen()) {
      this.log('Java 设置已更改');
      void this.restart();
    }
  }

  // ---- commands --------------------------------------------------------------------------

  private activeReportEditor(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === LANGUAGE_ID) return editor;
    void vscode.window.showInformationMessage('请先打开一份政府信息公开工作年度报告（语言模式为“政府信息公开年报”）。');
    return undefined;
  }

  private async executeServerCommand<T>(command: string, document: vscode.TextDocument): Promise<T | undefined> {
    const client = await this.ensureStarted();
    if (!client) {
      void vscode.window
        .showWarningMessage(`政府信息公开年报语言服务未运行（${this.stateDetail || '未启动'}）。`, '重启语言服务', '查看日志')
        .then((choice) => {
          if (choice === '重启语言服务') void this.restart();
          if (choice === '查看日志') this.output.show(true);
        });
      return undefined;
    }
    try {
      return (await client.sendRequest(ExecuteCommandRequest.type, {
        command,
        arguments: [client.code2ProtocolConverter.asUri(document.uri)],
      })) as T;
    } catch (e) {
      this.log(`执行 ${command} 失败：${e instanceof Error ? e.message : String(e)}`);
      void vscode.window.showErrorMessage(`执行失败：${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  private async recomputeAllTotals(): Promise<void> {
    const editor = this.activeReportEditor();
    if (editor) await this.executeServerCommand(SERVER_RECOMPUTE_ALL_TOTALS, editor.document);
  }

  /** Inserts the server's report skeleton as a snippet (tab stops for agency, year, numbers). */
  private async insertReportTemplate(): Promise<void> {
    let editor = vscode.window.activeTextEditor;
    if (!editor) {
      const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
      editor = await vscode.window.showTextDocument(doc);
    } else if (editor.document.languageId !== LANGUAGE_ID) {
      await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
      editor = vscode.window.activeTextEditor ?? editor;
    }
    const result = await this.executeServerCommand<{ snippet?: string }>(SERVER_REPORT_TEMPLATE, editor.document);
    if (typeof result?.snippet !== 'string') {
      if (result !== undefined) void vscode.window.showErrorMessage('语言服务没有返回年报模板。');
      return;
    }
    await editor.insertSnippet(new vscode.SnippetString(result.snippet));
  }

  /** 打开为年报文本: a .docx/.html/.pdf report as a new nianbao document, checked as it is edited. */
  private async openAsReportText(uri?: vscode.Uri): Promise<void> {
    let file = uri?.scheme === 'file' ? uri : undefined;
    if (!file) {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: OPEN_DIALOG_FILTERS, openLabel: '打开为年报文本' });
      file = picked?.[0];
    }
    if (!file) return;
    if (!isConvertible(file.fsPath)) {
      void vscode.window.showErrorMessage('只能打开 Word 文档（.docx）、网页（.html）或 PDF 文件。');
      return;
    }
    const config = vscode.workspace.getConfiguration(SECTION);
    const lookup = this.java ? { java: this.java, rejected: [] } : await findJava({
      settingHome: config.get<string | null>('java.home'),
      env: process.env,
      platform: process.platform,
    });
    if (!lookup.java) {
      void this.showJavaMissing(lookup.rejected, Boolean(config.get<string | null>('java.home')?.trim()));
      return;
    }
    const jar = process.env.NIANBAO_SERVER_JAR || this.context.asAbsolutePath('server/nianbao.jar');
    const args = convertArguments(jvmArguments(jar, config.get<string[]>('java.vmargs', [])), file.fsPath);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `正在读取 ${file.fsPath}` },
      () => runConvert(lookup.java!.executable, args),
    );
    if (!result.ok) {
      this.log(`打开为年报文本失败：${result.message}`);
      void vscode.window.showErrorMessage(`无法打开为年报文本：${result.message}`);
      return;
    }
    const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: result.text });
    await vscode.window.showTextDocument(doc);
  }

  private async statusMenu(): Promise<void> {
    const items: (vscode.QuickPickItem & { run: () => unknown })[] = [
      { label: '$(debug-restart) 重启语言服务', run: () => this.restart() },
      { label: '$(output) 显示语言服务日志', run: () => this.output.show(true) },
      {
        label: '$(gear) 打开年报设置',
        run: () => vscode.commands.executeCommand('workbench.action.openSettings', `@ext:${this.context.extension.id}`),
      },
    ];
    const picked = await vscode.window.showQuickPick(items, { placeHolder: this.statusText() });
    await picked?.run();
  }

  // ---- status ----------------------------------------------------------------------------

  private setState(state: ServerState, detail: string): void {
    this.state = state;
    this.stateDetail = detail;
    this.renderStatus();
  }

  private statusText(): string {
    switch (this.state) {
      case 'idle':
        return '政府信息公开年报语言服务：未启动';
      case 'starting':
        return `政府信息公开年报语言服务：${this.stateDetail || '正在启动'}`;
      case 'running':
        return `政府信息公开年报语言服务：运行中${this.java ? `（Java ${this.java.version}）` : ''}`;
      case 'stopped':
        return '政府信息公开年报语言服务：已停止';
      case 'failed':
        return `政府信息公开年报语言服务：${this.stateDetail || '出错'}`;
    }
  }

  private renderStatus(): void {
    const icons: Record<ServerState, string> = {
      idle: '$(circle-outline)',
      starting: '$(sync~spin)',
      running: '$(check)',
      stopped: '$(circle-slash)',
      failed: '$(error)',
    };
    this.status.text = `${icons[this.state]} 年报`;
    this.status.tooltip = `${this.statusText()}\n点击：重启、日志、设置`;
    this.status.accessibilityInformation = { label: this.statusText() };
    this.status.backgroundColor =
      this.state === 'failed' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    const active = vscode.window.activeTextEditor?.document.languageId === LANGUAGE_ID;
    if (active || this.state === 'failed') this.status.show();
    else this.status.hide();
  }

  log(message: string): void {
    this.output.appendLine(`[${new Date().toLocaleTimeString('zh-CN', { hour12: false })}] ${message}`);
  }

  async dispose(): Promise<void> {
    await this.stop();
    this.disposables.forEach((d) => d.dispose());
  }
}

let extension: NianbaoExtension | undefined;

export function activate(context: vscode.ExtensionContext): void {
  extension = new NianbaoExtension(context);
  extension.activate();
}

export async function deactivate(): Promise<void> {
  await extension?.dispose();
  extension = undefined;
}

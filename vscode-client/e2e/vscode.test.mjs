// End-to-end test of the packaged extension in a real VS Code (code-server, in Debian's Chromium,
// driven by Playwright). Run through ./run.sh, which installs everything and builds the .vsix.
//
// What a user would do: open a report whose 总计 is wrong, see the error in the Problems panel,
// open the quick-fix menu on it, pick "将总计改为 18", save, and find the file corrected. Also:
// a report saved as a plain .txt is switched to the nianbao language.
//
// Environment (set by run.sh): NODE24 (node binary for code-server), CODE_SERVER (its entry.js),
// VSIX, CHROMIUM, OUTPUT_DIR (screenshots), SCREENSHOT_FOR_README (optional PNG path).

import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run this test through e2e/run.sh)`);
  return value;
};
const NODE24 = env('NODE24');
const CODE_SERVER = env('CODE_SERVER');
const VSIX = env('VSIX');
const CHROMIUM = env('CHROMIUM');
const OUTPUT_DIR = env('OUTPUT_DIR');
const README_SHOT = process.env.SCREENSHOT_FOR_README;

const REPORT_NAME = '星湖区民政局2024年政府信息公开工作年度报告.txt';
const WRONG_LINE = '一、本年新收政府信息公开申请数量\t15\t2\t0\t1\t0\t0\t17';
const FIXED_LINE = '一、本年新收政府信息公开申请数量\t15\t2\t0\t1\t0\t0\t18';
// The server's wording: “…”的“总计”应为 18，实为 17（…）; the quick fix: 将总计改为 18.
const NB301_MESSAGE = /总计\W{0,2}应为\s*18，实为\s*17/;
const FIX_TITLE = /将.{0,12}总计.{0,2}改为\s*18/;

const started = Date.now();
const results = [];
function step(name, ok, detail = '') {
  results.push({ name, ok });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name} (${secs}s)${detail ? `: ${detail}` : ''}`);
  return ok;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

// ---- sandbox: user data, extensions and workspace in a fresh temporary directory ---------------
const sandbox = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
const userData = join(sandbox, 'user-data');
const extensions = join(sandbox, 'extensions');
const workspace = join(sandbox, 'workspace');
mkdirSync(join(userData, 'User'), { recursive: true });
mkdirSync(workspace, { recursive: true });
mkdirSync(OUTPUT_DIR, { recursive: true });

const fixture = readFileSync(join(here, 'fixtures', 'report-rows-wrong-total.txt'), 'utf8');
if (!fixture.includes(WRONG_LINE)) throw new Error('fixture does not contain the wrong total it is meant to have');
writeFileSync(join(workspace, REPORT_NAME), fixture);
// Same content under a name that says nothing: the extension must recognise it by its text.
copyFileSync(join(workspace, REPORT_NAME), join(workspace, 'notes.txt'));

// The JDK of this machine, for nianbao.java.home once the "no Java" case has been checked.
const javaHome = dirname(dirname(realpathSync(execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim())));

/**
 * nianbao.java.home is machine-overridable: in a remote window (code-server is one) VS Code reads it
 * from the machine's settings, not the user's, so it goes into Machine/settings.json.
 */
function writeMachineSettings(settings) {
  mkdirSync(join(userData, 'Machine'), { recursive: true });
  writeFileSync(join(userData, 'Machine', 'settings.json'), JSON.stringify(settings, null, 2));
}

function writeUserSettings(extra) {
  const settings = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'workbench.colorTheme': 'Default Dark Modern',
    'editor.minimap.enabled': false,
    'editor.fontFamily': "'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', monospace",
    'editor.fontSize': 15,
    'editor.lightbulb.enabled': 'on',
    // Sticky scroll would overlay the report's headings at the top of the screenshots.
    'editor.stickyScroll.enabled': false,
    'files.autoSave': 'off',
    ...extra,
  };
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}
// First with a nianbao.java.home that points nowhere: an explicit setting is not replaced by the
// Java on PATH, so this is the "no usable Java" case.
writeUserSettings({});
writeMachineSettings({ 'nianbao.java.home': join(sandbox, 'no-such-jdk') });

const codeServerArgs = [
  CODE_SERVER,
  '--user-data-dir',
  userData,
  '--extensions-dir',
  extensions,
  '--disable-telemetry',
  '--disable-update-check',
  '--disable-workspace-trust',
];

let server;
let browser;
let failed = false;
try {
  // ---- install the packaged extension, as a user would ------------------------------------------
  const installOut = execFileSync(NODE24, [...codeServerArgs, '--install-extension', VSIX], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  step('code-server installs the .vsix', /successfully installed/i.test(installOut), installOut.trim().split('\n').pop());

  // ---- start code-server on loopback --------------------------------------------------------------
  const port = await freePort();
  server = spawn(NODE24, [...codeServerArgs, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, workspace], {
    detached: true, // own process group, so the whole tree (extension host, JVM) is killed at the end
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PATH: `${dirname(NODE24)}:${process.env.PATH}` },
  });
  const serverLog = [];
  server.stdout.on('data', (d) => serverLog.push(String(d)));
  server.stderr.on('data', (d) => serverLog.push(String(d)));
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);
  step('code-server is up', true, `port ${port}`);

  // ---- Chromium ---------------------------------------------------------------------------------
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  page.setDefaultTimeout(30_000);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor();
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 });
  step('workbench loaded', true);

  const shot = (name) => page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`) });

  /** Runs a command from the palette, picking the row whose label is exactly `label` (the palette's
   * first row is often a longer, fuzzier match such as "View: Close All Editor Groups"). The palette can be
   * swallowed, inert or closed under the pointer while the workbench is busy (an editor just opened steals
   * focus and the list re-renders): then the whole opening is tried again. Playwright clicks only once the
   * row is stable and visible, so a failed attempt has not run the command. */
  async function runCommand(label) {
    for (let attempt = 0; ; attempt++) {
      try {
        await pickFromPalette(label);
        return;
      } catch (e) {
        if (attempt >= 3) throw e;
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300 * (attempt + 1));
        await page.locator('.monaco-workbench .part.editor').first().click({ position: { x: 300, y: 200 } }).catch(() => undefined);
      }
    }
  }

  async function pickFromPalette(label) {
    const input = page.locator('.quick-input-widget input');
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 5_000 });
    await input.fill(`>${label}`, { timeout: 5_000 });
    const rows = page.locator('.quick-input-list .monaco-list-row');
    const deadline = Date.now() + 15_000;
    for (;;) {
      const texts = await rows.allInnerTexts();
      const index = texts.findIndex((t) => t.split('\n')[0].trim() === label);
      if (index >= 0) {
        await rows.nth(index).click({ timeout: 5_000 });
        return;
      }
      if (Date.now() > deadline) throw new Error(`command "${label}" not in the palette: ${JSON.stringify(texts)}`);
      await page.waitForTimeout(250); // the palette fills in as extensions register their commands
    }
  }

  /** Opens a workspace file by clicking it in the Explorer, as a user would. */
  async function openFile(name) {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    await page.locator('.monaco-editor .view-lines').first().waitFor();
  }

  const languageStatus = page.locator('#status\\.editor\\.mode');

  // Focus the workbench so that keyboard shortcuts reach it.
  await page.locator('.monaco-workbench').click({ position: { x: 640, y: 400 } });

  // ---- the report opens in the nianbao language (file name pattern) ------------------------------
  await openFile(REPORT_NAME);
  await languageStatus.filter({ hasText: '政府信息公开年报' }).waitFor({ timeout: 30_000 });
  step('report file opens as 政府信息公开年报', true);

  // The grammar colours the section headings: the token of 一、总体情况 gets a heading colour, not
  // the default one. (Monaco renders tokens as spans with mtk* classes; tokenizing is asynchronous.)
  const tokenClass = (text) => page.locator('.view-line span span', { hasText: text }).first().getAttribute('class');
  let headingClass;
  let plainClass;
  for (let i = 0; i < 40; i++) {
    headingClass = await tokenClass('总体情况');
    plainClass = await tokenClass('本报告根据');
    if (headingClass && headingClass !== plainClass) break;
    await page.waitForTimeout(250);
  }
  step('grammar colours section headings', Boolean(headingClass) && headingClass !== plainClass, `${headingClass} vs ${plainClass}`);

  // ---- no usable Java: one clear message, a way to the setting, recovery when it is set -------------
  const javaToast = page.locator('.notification-toast', { hasText: 'nianbao.java.home 所指的 Java 不可用' });
  await javaToast.first().waitFor({ timeout: 30_000 });
  step('without Java, a message says what to do', true,
    await javaToast.first().locator('.notification-list-item-message').innerText());
  await page.locator('.statusbar-item[aria-label*="Java 不可用"]').first().waitFor();
  step('status bar shows the missing Java', true);

  // A second report (a plain .txt recognised by its content) must not bring a second message.
  await openFile('notes.txt');
  await languageStatus.filter({ hasText: '政府信息公开年报' }).waitFor({ timeout: 30_000 });
  step('a report saved as notes.txt is switched to 政府信息公开年报', true);
  await page.waitForTimeout(2000);
  step('the message is shown once, not at every report', (await javaToast.count()) === 1, `${await javaToast.count()} shown`);
  await shot('0-no-java');
  await runCommand('View: Close Editor');

  await javaToast.first().locator('.monaco-button', { hasText: '打开设置' }).click();
  await page.locator('.settings-editor').waitFor();
  await page.locator('.settings-editor .setting-item', { hasText: 'Java: Home' }).first().waitFor();
  await shot('0-java-home-setting');
  step('its button opens the nianbao.java.home setting', true);

  writeMachineSettings({ 'nianbao.java.home': javaHome });
  const running = page.locator('.statusbar-item[aria-label*="运行中"]');
  // VS Code opens the settings as a modal editor: Escape closes it.
  await page.keyboard.press('Escape');
  await page.locator('.settings-editor').waitFor({ state: 'hidden', timeout: 10_000 });
  await openFile(REPORT_NAME);
  // Running, or failed (a broken jar): stop at once in the second case rather than time out.
  const settled = page.locator('.statusbar-item[aria-label*="运行中"], .statusbar-item[aria-label*="启动失败"]');
  await settled.first().waitFor({ timeout: 60_000 });
  const serverState = await settled.first().getAttribute('aria-label');
  if (!step('the server starts once nianbao.java.home is set', /运行中/.test(serverState), serverState)) {
    throw new Error('the language server did not start; see the output channel 政府信息公开年报');
  }

  // ---- diagnostics from the server appear in the Problems panel ----------------------------------
  await runCommand('Problems: Focus on Problems View');
  const problem = page.locator('.markers-panel .monaco-list-row', { hasText: NB301_MESSAGE });
  await problem.first().waitFor({ timeout: 120_000 }); // includes the JVM's start
  const problemText = await problem.first().innerText();
  step('NB301 appears in the Problems panel', /NB301/.test(problemText), problemText.replace(/\s+/g, ' '));
  await shot('1-problems');

  // ---- settings reach the running server: nianbao.rules lowers NB301 to info, then back -----------
  const problemIcon = (kind) =>
    page.locator('.markers-panel .monaco-list-row', { hasText: NB301_MESSAGE }).locator(`.codicon-${kind}`);
  // (Written to the remote machine's settings, which the server side of code-server watches; in our
  // runs a change of the user settings file made behind the web client's back was not picked up.)
  writeMachineSettings({ 'nianbao.java.home': javaHome, 'nianbao.rules': { NB301: 'info' } });
  await problemIcon('info').first().waitFor({ timeout: 15_000 });
  writeMachineSettings({ 'nianbao.java.home': javaHome });
  await problemIcon('error').first().waitFor({ timeout: 15_000 });
  step('nianbao.rules changes reach the server (NB301 → info → error)', true);

  // ---- the quick fix, from the editor --------------------------------------------------------------
  // Clicking the problem reveals it in the editor and puts the cursor on it.
  await problem.first().click();

  // (The row is on screen now: the checks below read its rendered tokens.)
  // ---- column colours: semantic tokens give 15 and 2 (自然人, 商业企业) different colours ----------
  /** The token classes of the values 15 and 2 on the row of the wrong total. */
  const valueClasses = () =>
    page.evaluate(() => {
      const line = [...document.querySelectorAll('.view-line')].find((l) => l.textContent.includes('本年新收政府信息公开申请数量'));
      if (!line) return null;
      const spans = [...line.querySelectorAll('span span')];
      const cls = (text) => spans.find((sp) => sp.textContent.trim() === text)?.className ?? null;
      return { natural: cls('15'), business: cls('2'), research: cls('0') };
    });
  let colours = null;
  for (let i = 0; i < 60; i++) {
    colours = await valueClasses();
    if (colours?.natural && colours.business && colours.natural !== colours.business) break;
    await page.waitForTimeout(250);
  }
  step('each value column has its own colour (semantic tokens)',
    Boolean(colours?.natural) && colours.natural !== colours.business && colours.business !== colours.research,
    JSON.stringify(colours));
  await shot('6-column-colours');
  writeMachineSettings({ 'nianbao.java.home': javaHome, 'nianbao.columnColors': false });
  let plain = null;
  for (let i = 0; i < 60; i++) {
    plain = await valueClasses();
    if (plain?.natural && plain.natural === plain.business) break;
    await page.waitForTimeout(250);
  }
  step('nianbao.columnColors: false turns them off', Boolean(plain?.natural) && plain.natural === plain.business, JSON.stringify(plain));
  writeMachineSettings({ 'nianbao.java.home': javaHome });

  // ---- related information: only the addends that are not 0 ---------------------------------------
  // The panel re-renders when diagnostics are published again (the settings changes above): poll.
  let related = [];
  for (let i = 0; i < 40 && related.length === 0; i++) {
    related = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).filter((t) => /”：\d+/.test(t));
    if (related.length === 0) await page.waitForTimeout(250);
  }
  step('related information lists only the addends that are not 0',
    related.length > 0 && related.length <= 3 && !related.some((t) => /”：0\b/.test(t)), JSON.stringify(related));

  // The click selects the diagnostic's range in the editor but leaves focus in the panel, where
  // Ctrl+. would open the panel's own menu: move focus to the editor first.
  await runCommand('View: Focus Active Editor Group');
  await page.waitForTimeout(300);

  // ---- the hover of the wrong total: the formula is visible, before the cell's row and column -------
  await runCommand('Show or Focus Hover');
  const hover = page.locator('.monaco-hover:visible', { hasText: '应为 18（现为 17）' });
  await hover.first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  const hoverText = await hover.first().innerText();
  const formulaAt = hoverText.indexOf('总计 = 15+2+0+1+0+0 = 18');
  const titleAt = hoverText.indexOf('一、本年新收政府信息公开申请数量 · 总计');
  await shot('7-hover');
  step('hover of the wrong total shows the formula first', formulaAt >= 0 && (titleAt < 0 || formulaAt < titleAt),
    hoverText.replace(/\s+/g, ' ').slice(0, 300));
  await page.keyboard.press('Escape');
  await page.waitForTimeout(200);
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: FIX_TITLE });
  await fix.first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300); // let the menu finish its fade-in before the screenshot
  await shot('2-quickfix-menu');
  if (README_SHOT) {
    await page.screenshot({ path: README_SHOT, clip: { x: 0, y: 0, width: 1280, height: 800 } });
  }
  step('quick fix "将总计改为 18" is offered', true);
  await fix.first().click();
  await page.waitForTimeout(500);
  await page.keyboard.press('Control+S');

  // The file on disk is what counts.
  const deadline = Date.now() + 15_000;
  let saved = '';
  while (Date.now() < deadline) {
    saved = readFileSync(join(workspace, REPORT_NAME), 'utf8');
    if (saved.includes(FIXED_LINE)) break;
    await page.waitForTimeout(250);
  }
  step('quick fix corrects the total on disk', saved.includes(FIXED_LINE) && !saved.includes(WRONG_LINE));
  const expected = fixture.replace(WRONG_LINE, FIXED_LINE);
  step('nothing else in the file changed', saved === expected);

  await runCommand('Problems: Focus on Problems View');
  await problem.first().waitFor({ state: 'detached', timeout: 30_000 });
  step('the diagnostic is gone after the fix', true);
  await shot('3-fixed');

  // ---- a plain-text report is recognised by its content ------------------------------------------
  await openFile('notes.txt');
  await languageStatus.filter({ hasText: '政府信息公开年报' }).waitFor({ timeout: 30_000 });
  step('notes.txt reopened is still 政府信息公开年报', true);
  await shot('4-detected');

  // ---- command 重新计算全部总计 (server command nianbao.recomputeAllTotals) -------------------------
  await page.locator('.markers-panel .monaco-list-row', { hasText: NB301_MESSAGE }).first().waitFor({ timeout: 60_000 });
  await runCommand('政府信息公开年报: 重新计算全部总计');
  await page.waitForTimeout(500);
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+S');
  const notesDeadline = Date.now() + 15_000;
  let notes = '';
  while (Date.now() < notesDeadline) {
    notes = readFileSync(join(workspace, 'notes.txt'), 'utf8');
    if (notes.includes(FIXED_LINE)) break;
    await page.waitForTimeout(250);
  }
  step('command 重新计算全部总计 fixes the total', notes === expected);

  // ---- command 插入年报模板 (server command nianbao.reportTemplate, inserted as a snippet) ---------
  await runCommand('File: New Untitled Text File');
  await page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }).waitFor();
  await runCommand('政府信息公开年报: 插入年报模板');
  const templateHeading = page.locator('.monaco-editor .view-line', { hasText: '主动公开政府信息情况' });
  await templateHeading.first().waitFor({ timeout: 30_000 });
  await languageStatus.filter({ hasText: '政府信息公开年报' }).waitFor({ timeout: 10_000 });
  step('command 插入年报模板 inserts the report skeleton', true);
  await running.first().waitFor({ timeout: 10_000 });
  step('status bar shows the server for the new report too', true);
  await shot('5-template');

  // ---- File › New File… › 政府信息公开年报: an untitled report with the template ------------------------
  // Several palette commands are called "New File..." (the Explorer's creates a file on disk): try
  // each in turn until the quick pick of new-file entries (workbench's welcome.showNewFileEntries) opens.
  const newFileEntry = page.locator('.quick-input-list .monaco-list-row', { hasText: '政府信息公开年报' });
  let newFileTried = [];
  for (let attempt = 0; attempt < 4 && !(await newFileEntry.first().isVisible()); attempt++) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>New File...');
    await page.waitForTimeout(1000);
    const rows = page.locator('.quick-input-list .monaco-list-row');
    const labels = (await rows.allInnerTexts()).map((t) => t.split('\n')[0].trim());
    const candidates = labels.map((l, i) => [l, i]).filter(([l]) => /New File\.\.\.$/.test(l));
    if (attempt >= candidates.length) break;
    newFileTried.push(candidates[attempt][0]);
    await rows.nth(candidates[attempt][1]).click();
    try {
      await newFileEntry.first().waitFor({ timeout: 5_000 });
    } catch {
      await page.keyboard.press('Escape'); // the Explorer's inline name box, or another picker
      await page.waitForTimeout(300);
    }
  }
  await newFileEntry.first().waitFor({ timeout: 5_000 }).catch(() => {
    throw new Error(`no new-file picker with 政府信息公开年报 (tried ${JSON.stringify(newFileTried)})`);
  });
  await shot('8-new-file');
  await newFileEntry.first().click();
  await page.locator('.monaco-editor .view-line', { hasText: '主动公开政府信息情况' }).first().waitFor({ timeout: 30_000 });
  await languageStatus.filter({ hasText: '政府信息公开年报' }).waitFor({ timeout: 10_000 });
  step('File › New File… offers 政府信息公开年报 and opens the template', true);

  // ---- a report pasted into an untitled plain-text document is detected --------------------------
  await runCommand('File: New Untitled Text File');
  await languageStatus.filter({ hasText: /Plain Text|纯文本/ }).waitFor({ timeout: 10_000 });
  await page.locator('.monaco-editor.focused, .monaco-editor').first().click();
  await page.keyboard.insertText(fixture.split('\n').slice(0, 60).join('\n'));
  await languageStatus.filter({ hasText: '政府信息公开年报' }).waitFor({ timeout: 15_000 });
  step('a report pasted into an untitled text file is detected', true);

  // ---- the log: no English LSP4J warnings after all of the above -----------------------------------
  await runCommand('政府信息公开年报: 显示语言服务日志');
  await page.locator('.output-view, .panel .monaco-editor').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(500);
  await shot('9-output');
  const channelLogs = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.includes('政府信息公开年报')) channelLogs.push(readFileSync(path, 'utf8'));
    }
  };
  try {
    walk(join(userData, 'logs'));
  } catch {
    // no logs directory
  }
  const outputText = channelLogs.join('\n') || (await page.locator('.output-view, .panel').first().innerText());
  const noisy = outputText.split('\n').filter((l) => /Unmatched cancel|WARNING:|SEVERE:|Exception/.test(l));
  step('the output channel holds no English LSP4J warnings', outputText.length > 0 && noisy.length === 0,
    noisy.length > 0 ? noisy.slice(0, 3).join(' | ') : `${channelLogs.length} log file(s), ${outputText.length} chars`);

  // ---- the status bar item shows the running server ------------------------------------------------
  const status = page.locator('.statusbar-item[aria-label*="政府信息公开年报语言服务：运行中"]');
  await status.first().waitFor({ timeout: 10_000 });
  step('status bar shows the running server', true, await status.first().getAttribute('aria-label'));

  if (!results.every((r) => r.ok)) {
    failed = true;
    console.log(serverLog.join('').split('\n').slice(-40).join('\n'));
  }
} catch (e) {
  failed = true;
  step('unexpected error', false, e instanceof Error ? e.stack : String(e));
  try {
    const pages = browser?.contexts().flatMap((c) => c.pages()) ?? [];
    if (pages[0]) await pages[0].screenshot({ path: join(OUTPUT_DIR, 'failure.png') });
  } catch {
    // the browser may be gone
  }
} finally {
  await browser?.close().catch(() => undefined);
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 1000));
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // exited on SIGTERM
    }
  }
  if (failed || !results.every((r) => r.ok)) {
    // VS Code's logs, including the extension's output channel, for whoever reads the failure.
    try {
      cpSync(join(userData, 'logs'), join(OUTPUT_DIR, 'logs'), { recursive: true });
      console.log(`VS Code logs copied to ${join(OUTPUT_DIR, 'logs')}`);
    } catch {
      // no logs written
    }
  }
  rmSync(sandbox, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
console.log(`vscode e2e: ${passed} passed, ${results.length - passed} failed (${((Date.now() - started) / 1000).toFixed(1)}s)`);
process.exit(failed || passed !== results.length ? 1 : 0);

// Language-server benchmark (driven by lsp-benchmark.sh): process start → first diagnostics in pull mode, nianbao
// against vscode-json-language-server on a document of the same size, in alternating rounds; then didChange →
// diagnostics (pull) at 10 KB and 1 MB, and the server's resident memory. Plain Node, raw JSON-RPC over stdio.
//   node lsp-benchmark.mjs <config.json>
// config: { rounds, changeRuns, servers: [{ name, command, args, languageId, file, uri }], change: [{ name, command,
//           args, files: [{ label, file, warmup, runs }] }] }
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));

class Connection {
  constructor(command, args) {
    this.process = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    this.nextId = 1;
    this.pending = new Map();
    this.buffer = Buffer.alloc(0);
    this.process.stdout.on('data', (chunk) => this.receive(chunk));
    this.exited = new Promise((resolve) => this.process.on('exit', resolve));
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  dispatch(message) {
    if (message.method && message.id !== undefined) {
      // Requests from the server: configuration gets empty settings, everything else null.
      const result = message.method === 'workspace/configuration' ? message.params.items.map(() => ({})) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    } else if (message.id !== undefined && this.pending.has(message.id)) {
      const { resolve, reject } = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) reject(new Error(JSON.stringify(message.error)));
      else resolve(message.result);
    }
  }

  send(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  async initialize() {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true },
          synchronization: { dynamicRegistration: false },
        },
        workspace: { configuration: false },
      },
      initializationOptions: { debounce: 0, provideFormatter: false },
    });
    this.notify('initialized', {});
  }

  async pull(uri, previousResultId) {
    // A server may answer "server cancelled" while it is still busy with an older version: ask again.
    for (;;) {
      try {
        return await this.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
      } catch (e) {
        if (!String(e.message).includes('-32802')) throw e;
      }
    }
  }

  /** CPU time (user + system) the server process has used so far, in ms: what a loaded machine does not inflate. */
  cpuMs() {
    const fields = readFileSync(`/proc/${this.process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in clock ticks (100 per second)
  }

  memory() {
    const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)[1]);
    return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
  }

  async close() {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 5000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.round((p / 100) * (s.length - 1)))];
};

/** Spawn → initialize → didOpen → first answer to a diagnostic pull. */
async function startToFirstDiagnostics(server) {
  const text = readFileSync(server.file, 'utf8');
  const start = process.hrtime.bigint();
  const c = new Connection(server.command, server.args);
  await c.initialize();
  c.notify('textDocument/didOpen', { textDocument: { uri: server.uri, languageId: server.languageId, version: 1, text } });
  const report = await c.pull(server.uri);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const items = report.items?.length ?? 0;
  await c.close();
  return { ms, items };
}

function positionOf(text, index) {
  const before = text.lastIndexOf('\n', index - 1);
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return { line, character: index - before - 1 };
}

const marker = '一、本年新收政府信息公开申请数量\t18\t1\t0\t0\t0\t0\t';

/** Opens a document and types into the last 总计 of table 三's first row (20 ↔ 19), pulling each version's diagnostics. */
async function typeInto(c, uri, file, changes, onChange) {
  let text = readFileSync(file, 'utf8');
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
  let report = await c.pull(uri);
  const items = report.items.length;
  let resultId = report.resultId;
  for (let i = 0; i < changes; i++) {
    const [from, to] = i % 2 === 0 ? ['20', '19'] : ['19', '20'];
    const at = text.lastIndexOf(marker + from) + marker.length;
    const start = positionOf(text, at);
    const range = { start, end: { line: start.line, character: start.character + 2 } };
    onChange?.before(i);
    const began = process.hrtime.bigint();
    c.notify('textDocument/didChange', {
      textDocument: { uri, version: i + 2 },
      contentChanges: [{ range, text: to }],
    });
    report = await c.pull(uri, resultId);
    onChange?.after(i, Number(process.hrtime.bigint() - began) / 1e6);
    resultId = report.resultId;
    text = text.slice(0, at) + to + text.slice(at + 2);
  }
  return items;
}

/**
 * didChange → pulled diagnostics of {@code file}: {@code file.runs} changes measured after {@code file.warmup}. With
 * {@code file.jitWarmedOn}, another document is opened first, typed into {@code file.jitChanges} times (the JIT
 * compiles the checker on it) and left {@code file.idleMs} without a request, so the row shows what the JIT's
 * warm-up costs the measured changes.
 */
async function changeLatency(server, file) {
  const c = new Connection(server.command, server.args);
  await c.initialize();
  if (file.jitWarmedOn) {
    await typeInto(c, 'file:///bench/other.nianbao', file.jitWarmedOn, file.jitChanges);
    await new Promise((resolve) => setTimeout(resolve, file.idleMs ?? 0));
  }
  const times = [];
  let cpuBefore = 0;
  const items = await typeInto(c, 'file:///bench/report.nianbao', file.file, file.warmup + file.runs, {
    before: (i) => { if (i === file.warmup) cpuBefore = c.cpuMs(); },
    after: (i, ms) => { if (i >= file.warmup) times.push(ms); },
  });
  const cpuPerChange = (c.cpuMs() - cpuBefore) / file.runs;
  const memory = c.memory();
  await c.close();
  return { times, items, memory, cpuPerChange };
}

const fmt = (n) => n.toFixed(1).padStart(8);

console.log(`start → first diagnostics (pull), ${config.rounds} alternating rounds:`);
const starts = config.servers.map(() => []);
const found = config.servers.map(() => 0);
await startToFirstDiagnostics(config.servers[0]); // disk cache
for (let r = 0; r < config.rounds; r++) {
  for (const [i, server] of config.servers.entries()) {
    const { ms, items } = await startToFirstDiagnostics(server);
    starts[i].push(ms);
    found[i] = items;
  }
}
const base = median(starts[0]);
for (const [i, server] of config.servers.entries()) {
  const m = median(starts[i]);
  console.log(`  ${server.name.padEnd(44)} median ${fmt(m)} ms  (${(m / base).toFixed(2)}× ${config.servers[0].name}; ${found[i]} diagnostics)`);
}

for (const server of config.change) {
  console.log(`didChange → diagnostics (pull), ${server.name}:`);
  for (const file of server.files) {
    const { times, items, memory, cpuPerChange } = await changeLatency(server, file);
    console.log(`  ${file.label.padEnd(10)} median ${fmt(median(times))} ms, p90 ${fmt(percentile(times, 90))} ms, server CPU ${fmt(cpuPerChange)} ms per change  (${items} diagnostics, ${file.runs} runs)  RSS ${memory.rssMB.toFixed(0)} MB, peak ${memory.peakMB.toFixed(0)} MB`);
  }
}

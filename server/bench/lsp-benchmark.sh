#!/usr/bin/env bash
# Language server: process start → first diagnostics (pull mode) of a 10 KB report, against
# vscode-json-language-server on a 10 KB JSON document, in alternating rounds (medians, ratios from the same run);
# then didChange → diagnostics (pull) at 10 KB and 1 MB (and, with the editor options, 1 MB again after 60 changes,
# once the JIT has compiled the checker, and 1 MB's first changes once the JIT has compiled it on 1,000 changes of
# the 10 KB report and 3 s without a request: what the JIT's warm-up costs those first changes) and resident memory,
# for `java -jar nianbao.jar lsp` (default JVM options) and the options the editors use (the launcher: class-data
# archive, -XX:+UseSerialGC -Xmx512m -Xms128m -XX:InlineSmallCode=1000). vscode-langservers-extracted is installed
# with npm, at a pinned version, into server/bench/.cache.
#
# Usage: server/bench/lsp-benchmark.sh [rounds]   (after `mvn -B package -DskipTests`; needs Node 18+ and npm)
# BASELINE_JAR=/path/to/older/nianbao.jar adds that jar (default JVM options) to the start-up rounds, and (editor
# options, with the nianbao.jsa beside that jar if there is one) to the didChange rounds.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/nianbao.jar"
launcher="$here/target/nianbao"
rounds=${1:-9}
json_server_version=4.10.0
[ -f "$jar" ] && [ -x "$launcher" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
cache="$here/bench/.cache"
json_server="$cache/node_modules/.bin/vscode-json-language-server"
if [ ! -x "$json_server" ] || ! grep -q "\"version\": \"$json_server_version\"" \
    "$cache/node_modules/vscode-langservers-extracted/package.json" 2>/dev/null; then
  mkdir -p "$cache"
  npm install --no-audit --no-fund --silent --prefix "$cache" "vscode-langservers-extracted@$json_server_version" >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -cp "$here/target/test-classes:$jar" nianbao.core.WarmCheckBenchmark --write "$work/report-10k.nianbao"
# 1 MB: the fixture report repeated (every copy's tables are checked: ~11,000 findings), as a long document is.
fixture="$here/src/test/resources/nianbao/lsp/wrong-total-tabs.txt"
cp "$fixture" "$work/report-1m.nianbao"
while [ "$(wc -c < "$work/report-1m.nianbao")" -lt 1048576 ]; do
  { printf '\n'; cat "$fixture"; } >> "$work/report-1m.nianbao"
done
# A JSON document of the same size as the report: an array of objects, as package or settings files are.
node -e '
  const size = Number(process.argv[2]); const items = [];
  for (let i = 0; JSON.stringify(items, null, 2).length < size; i++)
    items.push({ id: i, name: "星湖区民政局 item " + i, enabled: i % 2 === 0, tags: ["a", "b"], count: i * 3 });
  require("fs").writeFileSync(process.argv[1], JSON.stringify(items, null, 2));
' "$work/doc-10k.json" "$(wc -c < "$work/report-10k.nianbao")"

editor_options=(-XX:SharedArchiveFile="$here/target/nianbao.jsa" -Xshare:auto "-Xlog:cds*=off" -XX:+UseSerialGC -Xmx512m
  -Xms128m -XX:+ExitOnOutOfMemoryError -XX:InlineSmallCode=1000)
node -e '
  const [work, jar, jsonServer, rounds, baseline, ...editor] = process.argv.slice(1);
  const plain = { command: "java", args: ["-jar", jar, "lsp"] };
  const tuned = { command: "java", args: [...editor, "-jar", jar, "lsp"] };
  const report = (s, name) => ({ ...s, name, languageId: "nianbao", file: work + "/report-10k.nianbao", uri: "file:///bench/report.nianbao" });
  const files = [
    { label: "10 KB", file: work + "/report-10k.nianbao", warmup: 30, runs: 41 },
    { label: "1 MB", file: work + "/report-1m.nianbao", warmup: 5, runs: 11 },
  ];
  // The same 1 MB document once the JIT has compiled the checker (after 60 changes), and its first changes (as in
  // "1 MB") after the JIT has compiled it on 1,000 changes of the 10 KB report, opened first, and 3 s without a
  // request (an author who edits a short report, then opens a long one): the editor options only.
  const warmFiles = [...files, { label: "1 MB warm", file: work + "/report-1m.nianbao", warmup: 60, runs: 21 },
    { label: "1 MB after 1,000 changes of 10 KB", file: work + "/report-1m.nianbao", warmup: 5, runs: 11,
      jitWarmedOn: work + "/report-10k.nianbao", jitChanges: 1000, idleMs: 3000 }];
  console.log(JSON.stringify({
    rounds: Number(rounds),
    servers: [
      { name: "vscode-json-language-server (10 KB JSON)", command: jsonServer, args: ["--stdio"], languageId: "json",
        file: work + "/doc-10k.json", uri: "file:///bench/doc.json" },
      report(plain, "nianbao: java -jar nianbao.jar lsp"),
      report(tuned, "nianbao: editor options (archive, SerialGC, 512m)"),
      ...(baseline ? [report({ command: "java", args: ["-jar", baseline, "lsp"] }, "nianbao: BASELINE_JAR")] : []),
    ],
    change: [
      { name: "java -jar nianbao.jar lsp (default JVM options)", ...plain, files },
      { name: "editor options (archive, SerialGC, -Xmx512m -Xms128m, InlineSmallCode=1000)", ...tuned, files: warmFiles },
      ...(baseline ? [{ name: "BASELINE_JAR, editor options (its own archive beside it, if any)", command: "java",
        args: [...editor.map((a) => a.startsWith("-XX:SharedArchiveFile=")
          ? "-XX:SharedArchiveFile=" + baseline.replace(/[^/]*$/, "nianbao.jsa") : a), "-jar", baseline, "lsp"], files: warmFiles }] : []),
    ],
  }));
' "$work" "$jar" "$json_server" "$rounds" "${BASELINE_JAR:-}" "${editor_options[@]}" > "$work/config.json"
node "$here/bench/lsp-benchmark.mjs" "$work/config.json"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc); $(java -version 2>&1 | head -1); node $(node --version)"

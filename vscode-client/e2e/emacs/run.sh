#!/usr/bin/env bash
# Headless Emacs (eglot) end-to-end test of the nianbao language server.
# Needs Emacs 29+ (eglot is built in from 29). Debian 12 ships Emacs 28, so when the Emacs found is missing or
# older, this installs emacs-nox from bookworm-backports (Emacs 30), adding that apt source if the machine has
# none. Builds the server jar if it is missing, then runs test.el in batch mode.
# Usage: vscode-client/e2e/emacs/run.sh          Exit status 0 when every check passed.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../editor-prelude.sh
. "$here/../editor-prelude.sh"
emacs_major() { emacs --batch -Q --eval '(princ emacs-major-version)' 2>/dev/null || echo 0; }
# The Debian mirror this machine already uses for bookworm itself (deb822 *.sources, else one-line *.list):
# backports comes from the same one.
bookworm_mirror() {
  local found
  found="$(awk 'BEGIN { RS = "" }
    /Suites:[^\n]*[[:space:]]bookworm([[:space:]]|$)/ && match($0, /URIs:[[:space:]]*[^[:space:]]+/) {
      s = substr($0, RSTART, RLENGTH); sub(/URIs:[[:space:]]*/, "", s); print s; exit }' \
    /etc/apt/sources.list.d/*.sources 2>/dev/null || true)"
  [ -n "$found" ] || found="$(awk '$1 == "deb" { for (i = 2; i < NF; i++)
    if ($i ~ /^[a-z]+:\/\// && $(i + 1) == "bookworm") { print $i; exit } }' \
    /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)"
  echo "$found"
}

if ! command -v emacs >/dev/null 2>&1 || [ "$(emacs_major)" -lt 29 ]; then
  codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
  if [ "$codename" = bookworm ]; then
    echo "installing emacs-nox from bookworm-backports (apt): Debian 12's Emacs 28 has no eglot"
    if ! grep -qs '^[^#]*bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
        /etc/apt/sources.list.d/*.sources; then
      mirror="$(bookworm_mirror)"
      if [ -z "$mirror" ]; then
        echo "FAIL no apt source for bookworm found to take the mirror from: add a bookworm-backports source" >&2
        exit 1
      fi
      echo "adding apt source: deb $mirror bookworm-backports main"
      echo "deb $mirror bookworm-backports main" | as_root tee /etc/apt/sources.list.d/bookworm-backports.list >/dev/null
    fi
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq -t bookworm-backports emacs-nox >/dev/null
  else
    echo "installing emacs-nox (apt)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq emacs-nox >/dev/null
  fi
  if [ "$(emacs_major)" -lt 29 ]; then
    echo "FAIL emacs $(emacs_major) installed, eglot needs Emacs 29 or later" >&2
    exit 1
  fi
fi
need_java_and_jar
copy_report

echo "emacs: $(emacs --version | head -1)"
# -Q: no init file, site files or packages. Standard input from /dev/null: a prompt fails at once instead of
# waiting. Emacs's own messages go to stderr (kept in a file, shown on failure); the checks go to stdout.
status=0
NIANBAO_JAR="$jar" NIANBAO_FILE="$report" NIANBAO_README="$repo/README.md" \
  timeout --kill-after=10 180 emacs --batch -Q -l "$here/test.el" </dev/null 2>"$work/emacs-stderr.txt" || status=$?
if [ "$status" != 0 ]; then
  echo "--- emacs stderr (last 40 lines), exit status $status"
  tail -n 40 "$work/emacs-stderr.txt"
fi
exit "$status"

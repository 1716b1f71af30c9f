# Sourced by the editor end-to-end scripts (neovim/run.sh, emacs/run.sh) once they have set `here` to their folder:
# where the repository and the server jar are, and the steps both take before starting their editor.

repo="$(cd "$here/../../.." && pwd)"
jar="$repo/server/target/nianbao.jar"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# A Java to run the server (on PATH, or JAVA), and the server jar, built when missing.
need_java_and_jar() {
  if ! command -v java >/dev/null 2>&1 && [ -z "${JAVA:-}" ]; then
    echo "FAIL java not found: install a JDK 17+ or set JAVA" >&2
    exit 1
  fi
  if [ ! -f "$jar" ]; then
    echo "building the server jar (mvnw package)"
    (cd "$repo" && ./mvnw -B -q -Dstyle.color=never package -DskipTests)
  fi
}

# The fixture report copied into a temporary folder `work` (removed on exit) as `report`, named like a report so
# that the README's file rule for the editor (年报 in the name) is what makes it one.
copy_report() {
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  report="$work/星湖区2024年报.txt"
  cp "$here/../fixtures/report-cells-wrong-total.txt" "$report"
}

#!/usr/bin/env bash
# `nianbao lint` on one 10 KB report and on 1,000 reports, against a Java hello-world jar (compiled here from a
# five-line source with javac), run as users run them: `java -jar nianbao.jar lint` and the launcher
# `target/nianbao lint` (class-data archive, C1 only). Every round runs every command once, in the same order
# (A, B, C, … A, B, C, …), so a noisy machine slows all of them alike; figures are medians over the rounds, and
# each ratio is taken against hello from the same rounds. Wall time and CPU time (user+sys) are both reported.
#
# Usage: server/bench/lint-benchmark.sh [rounds] [rounds for 1,000 reports]   (after `mvn -B package -DskipTests`)
# BASELINE_JAR=/path/to/older/nianbao.jar adds that jar's `lint` as one more command (before/after figures).
# The peer: autocorrect (a Rust linter of CJK text; here its npm build autocorrect-node, the Rust core loaded into
# Node) with `--lint` on the same files, installed with npm at a pinned version into server/bench/.cache; left out,
# with a note, when npm cannot install it. It reads UTF-8 only, and skips the GB18030 fixtures among the 1,000.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/nianbao.jar"
launcher="$here/target/nianbao"
rounds=${1:-11}
many_rounds=${2:-5}
[ -f "$jar" ] && [ -x "$launcher" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/hello" "$work/one" "$work/many"

cat > "$work/hello/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
JAVA
javac -d "$work/hello" "$work/hello/Hello.java"
printf 'Main-Class: Hello\n' > "$work/hello/manifest.txt"
jar cfm "$work/hello.jar" "$work/hello/manifest.txt" -C "$work/hello" Hello.class

java -cp "$here/target/test-classes:$jar" nianbao.core.WarmCheckBenchmark --write "$work/one/report.txt"
sources=("$here"/examples/*.txt "$here"/src/test/resources/fixtures/*.txt)
for i in $(seq 1 1000); do
  cp "${sources[$((i % ${#sources[@]}))]}" "$work/many/report-$i.txt"
done

autocorrect_version=2.14.0
cache="$here/bench/.cache"
autocorrect="$cache/node_modules/.bin/autocorrect"
if [ ! -x "$autocorrect" ] || ! grep -q "\"version\": \"$autocorrect_version\"" \
    "$cache/node_modules/autocorrect-node/package.json" 2>/dev/null; then
  mkdir -p "$cache"
  npm install --no-audit --no-fund --silent --prefix "$cache" "autocorrect-node@$autocorrect_version" >&2 \
    || echo "autocorrect-node $autocorrect_version could not be installed: the peer is left out" >&2
fi

names=(); commands=()
add() { names+=("$1"); shift; commands+=("$*"); }
add "hello: java -jar hello.jar" java -jar "$work/hello.jar"
# The floor of `lint` one: the same JVM starting the same jar (and, through the launcher, mapping its archive) to
# print the version and check nothing.
add "floor: java -jar nianbao.jar --version" java -jar "$jar" --version
add "floor: launcher --version" "$launcher" --version
add "lint 1: java -jar nianbao.jar" java -jar "$jar" lint "$work/one"
add "lint 1: launcher" "$launcher" lint "$work/one"
if [ -n "${BASELINE_JAR:-}" ]; then add "lint 1: BASELINE_JAR" java -jar "$BASELINE_JAR" lint "$work/one"; fi
peer_one=-1; peer_many=-1
if [ -x "$autocorrect" ]; then peer_one=${#names[@]}; add "peer, 1: autocorrect --lint" "$autocorrect" --lint "$work/one"; fi
first_many=${#names[@]}
add "lint 1,000: java -jar nianbao.jar" java -jar "$jar" lint "$work/many"
add "lint 1,000: launcher" "$launcher" lint "$work/many"
if [ -n "${BASELINE_JAR:-}" ]; then add "lint 1,000: BASELINE_JAR" java -jar "$BASELINE_JAR" lint "$work/many"; fi
if [ -x "$autocorrect" ]; then peer_many=${#names[@]}; add "peer, 1,000: autocorrect --lint" "$autocorrect" --lint "$work/many"; fi

# One run: "wall_ms cpu_ms" (the exit code of lint is 1 when it finds errors: that is not a failure here).
run() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  # GNU time writes "Command exited with non-zero status 1" first when lint finds something: the times are the last line.
  tail -n 1 "$work/time" | awk -v wall=$(( (end - start) / 1000 )) '{ printf "%.1f %.1f\n", wall / 1000, ($1 + $2) * 1000 }'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for c in "${!commands[@]}"; do run ${commands[$c]} >/dev/null; done   # file cache, JIT-free warm-up of the disk
for r in $(seq 1 "$rounds"); do
  for c in "${!commands[@]}"; do
    if [ "$c" -ge "$first_many" ] && [ "$r" -gt "$many_rounds" ]; then continue; fi
    run ${commands[$c]} >> "$work/result-$c"
  done
done

wall() { cut -d' ' -f1 "$work/result-$1" | median; }
cpu() { cut -d' ' -f2 "$work/result-$1" | median; }
hello_wall=$(wall 0); hello_cpu=$(cpu 0)
bytes=$(du -sb "$work/many" | cut -f1)
echo "one report: $(wc -c < "$work/one/report.txt") bytes; 1,000 reports: $((bytes / 1024)) KB; rounds: $rounds (1,000 reports: $many_rounds)"
printf '%-36s %10s %10s %12s %12s\n' command "wall ms" "cpu ms" "wall/hello" "cpu/hello"
for c in "${!commands[@]}"; do
  w=$(wall "$c"); u=$(cpu "$c")
  printf '%-36s %10.1f %10.1f %11.2fx %11.2fx\n' "${names[$c]}" "$w" "$u" \
    "$(awk -v a="$w" -v b="$hello_wall" 'BEGIN{print a/b}')" "$(awk -v a="$u" -v b="$hello_cpu" 'BEGIN{print a/b}')"
done
# Wall-time ratio of two commands, by index.
ratio() { awk -v a="$(wall "$1")" -v b="$(wall "$2")" 'BEGIN{printf "%.2f", a/b}'; }
echo "lint 1,000 / lint 1 (java -jar): $(ratio "$first_many" 3)x; (launcher): $(ratio $((first_many + 1)) 4)x"
if [ "$peer_many" -ge 0 ]; then
  echo "against autocorrect (wall): lint 1 java -jar $(ratio 3 "$peer_one")x, launcher $(ratio 4 "$peer_one")x;" \
    "lint 1,000 java -jar $(ratio "$first_many" "$peer_many")x, launcher $(ratio $((first_many + 1)) "$peer_many")x"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc); $(java -version 2>&1 | head -1)"

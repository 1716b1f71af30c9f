#!/usr/bin/env bash
# Times `nianbao lint` on one report and on 1,000 reports (copies of the bundled examples and fixtures, made in
# a temporary folder), each the median of several runs, with JVM start-up included as users see it.
# Usage: server/bench/lint-benchmark.sh [runs]   (after `mvn -B package`)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/nianbao.jar"
runs=${1:-7}
[ -f "$jar" ] || { echo "build first: mvn -B package" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/one" "$work/many"
cp "$here/examples/xinghu-2024-word.txt" "$work/one/report.txt"
sources=("$here"/examples/*.txt "$here"/src/test/resources/fixtures/*.txt)
for i in $(seq 1 1000); do
  cp "${sources[$((i % ${#sources[@]}))]}" "$work/many/report-$i.txt"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_ms() {
  local start end
  start=$(date +%s%N)
  java -jar "$jar" "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
java -jar "$jar" lint "$work/one" >/dev/null 2>&1 || true   # warm the file cache
# Baseline in the same run: the JVM starting and printing the version, which every lint pays too.
base=$(for _ in $(seq "$runs"); do time_ms --version; done | median)
one=$(for _ in $(seq "$runs"); do time_ms lint "$work/one"; done | median)
many=$(for _ in $(seq "$runs"); do time_ms lint "$work/many"; done | median)
bytes=$(du -sb "$work/many" | cut -f1)
echo "baseline (JVM start, --version): median ${base} ms over ${runs} runs"
echo "lint 1 report (10 KB):        median ${one} ms over ${runs} runs"
echo "lint 1,000 reports ($((bytes / 1024)) KB): median ${many} ms over ${runs} runs"
echo "per report beyond start-up: $(( (many - base) * 1000 / 1000 )) µs; load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"

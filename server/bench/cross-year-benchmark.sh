#!/usr/bin/env bash
# Cost of the cross-year checks: `nianbao lint` on 1,000 reports (500 fictional agencies × last year and this year,
# copies of the clean pair fixtures in the three table layouts, each agency renamed), with pairing (B) and without
# it (A, -Dnianbao.crossYear=false). The machine is shared and noisy: A and B run alternately, and the figure is the
# median of the per-round ratios B/A, with the medians of A and B. JVM start-up is included, as users see it.
# Usage: server/bench/cross-year-benchmark.sh [rounds]   (after `mvn -B package`)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/nianbao.jar"
rounds=${1:-9}
[ -f "$jar" ] || { echo "build first: mvn -B package" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/many"
layouts=(tabs word pipes)
for i in $(seq 1 500); do
  pair="$here/src/test/resources/fixtures/across/clean-pair-${layouts[$((i % 3))]}"
  sed "s/星湖区民政局/星湖区第${i}局/g" "$pair/last-year.txt" > "$work/many/agency-$i-2023.txt"
  sed "s/星湖区民政局/星湖区第${i}局/g" "$pair/this-year.txt" > "$work/many/agency-$i-2024.txt"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_ms() {
  local start end
  start=$(date +%s%N)
  java "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
java -jar "$jar" lint "$work/many" >/dev/null 2>&1 || true   # warm the file cache
pairs=$(java -jar "$jar" lint --format json "$work/many" | grep -c '"code": "NB5' || true)
: > "$work/a"; : > "$work/b"; : > "$work/ratio"
for _ in $(seq "$rounds"); do
  a=$(time_ms -Dnianbao.crossYear=false -jar "$jar" lint "$work/many")
  b=$(time_ms -jar "$jar" lint "$work/many")
  echo "$a" >> "$work/a"; echo "$b" >> "$work/b"
  awk -v a="$a" -v b="$b" 'BEGIN {printf "%.4f\n", b / a}' >> "$work/ratio"
done
bytes=$(du -sb "$work/many" | cut -f1)
echo "lint 1,000 reports ($((bytes / 1024)) KB, 500 pairs; cross-year findings on the clean pairs: ${pairs})"
echo "A without pairing: median $(median < "$work/a") ms; B with pairing: median $(median < "$work/b") ms; ${rounds} rounds, A/B alternating"
echo "median ratio B/A: $(median < "$work/ratio")  (per round: $(tr '\n' ' ' < "$work/ratio"))"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"

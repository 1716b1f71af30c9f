#!/usr/bin/env bash
# Start-up of `lint` on one text report: two jars run alternately (so machine load hits both alike), wall-clock
# and CPU (user+sys) medians. Usage: startup-benchmark.sh BASELINE.jar NEW.jar [RUNS] [REPORT]
# Used to show that reading .docx/.html/.pdf (jsoup, PDFBox, loaded only for such files) costs text nothing.
set -euo pipefail
base=$1; new=$2; runs=${3:-21}
report=${4:-$(dirname "$0")/../examples/xinghu-2024-tabs.txt}
out=$(mktemp); trap 'rm -f "$out"' EXIT
for _ in $(seq "$runs"); do
  for jar in "$base" "$new"; do
    /usr/bin/time -f "$jar %e %U %S" java -jar "$jar" lint "$report" >/dev/null 2>>"$out" || true
  done
done
median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
for jar in "$base" "$new"; do
  wall=$(grep -F "$jar " "$out" | awk '{print $2*1000}' | median)
  cpu=$(grep -F "$jar " "$out" | awk '{print ($3+$4)*1000}' | median)
  echo "$jar: wall median ${wall} ms, cpu median ${cpu} ms ($runs runs)"
done

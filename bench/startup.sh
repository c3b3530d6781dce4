#!/bin/sh
# Whole-process start-up benchmark: `mxsec state guerrero` and other commands beside a bare Java "hello"
# on the same JVM, jq over the exported facts, and grep over the corpus. Prints medians, ratios and peak
# memory. Uses hyperfine when installed (Debian: hyperfine), a timed loop otherwise.
#   usage: bench/startup.sh [RUNS]        (JAVA_HOME picks the JVM, as for ./mxsec)
set -eu
runs=${1:-15}
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

./mxsec --version >/dev/null            # build and train the JVM archive first: not part of the measurement
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$out/Hello.java"
"$(dirname "$(readlink -f "$(command -v "$java")")")/javac" -d "$out" "$out/Hello.java"
./mxsec timeline --kind event,statistic,assessment,presence,relationship,leadership,policy,recommendation -o json > "$out/facts.json"

# name | command
cat > "$out/commands.txt" <<'CMDS'
java hello|JAVA -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/bench Hello
mxsec state guerrero|./mxsec state guerrero
mxsec group cjng|./mxsec group cjng
mxsec timeline|./mxsec timeline --since 2018 --group sinaloa
mxsec compare|./mxsec compare cjng sinaloa
mxsec figures|./mxsec figures --topic homicide
mxsec search|./mxsec search fentanyl
mxsec state -o json|./mxsec state guerrero -o json
mxsec person|./mxsec person chapo
mxsec show|./mxsec show cjng
mxsec map|./mxsec map
mxsec lineage|./mxsec lineage
mxsec graph|./mxsec graph -o dot
mxsec recommendations|./mxsec recommendations --topic money-laundering
mxsec reports|./mxsec reports
mxsec --help|./mxsec --help
jq (exported facts)|jq '[.[] | select(.states | index("guerrero"))] | length' target/bench/facts.json
grep -ri guerrero corpus/|grep -ri guerrero corpus/
CMDS

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

measure() { # prints the median wall time in seconds
  cmd=$1
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --warmup 2 --runs "$runs" --export-json "$out/h.json" "$cmd" >/dev/null 2>&1
    sed -n 's/.*"median": *\([0-9.e-]*\).*/\1/p' "$out/h.json" | head -n 1
  else
    i=0
    while [ "$i" -lt "$runs" ]; do
      s=$(date +%s%N); sh -c "$cmd" >/dev/null 2>&1; e=$(date +%s%N)
      echo "$(( (e - s) / 1000 ))"; i=$((i + 1))
    done | median | awk '{printf "%.4f\n", $1 / 1e6}'
  fi
}

peak() { # peak resident set size in MiB, when GNU time is there
  if [ -x /usr/bin/time ]; then /usr/bin/time -f %M sh -c "$1 >/dev/null 2>&1" 2>&1 | tail -n 1 | awk '{printf "%.0f", $1 / 1024}'; else echo "?"; fi
}

echo "JVM: $("$java" -version 2>&1 | head -n 1)   runs: $runs   tool: $(command -v hyperfine >/dev/null 2>&1 && echo hyperfine || echo loop)"
printf '%-24s %10s %10s %10s\n' command "median s" "x hello" "peak MiB"
hello=
state=
while IFS='|' read -r name cmd; do
  cmd=$(printf '%s' "$cmd" | sed "s#JAVA#$java#")
  m=$(measure "$cmd")
  [ -z "$hello" ] && hello=$m
  [ "$name" = "mxsec state guerrero" ] && state=$m
  ratio=$(awk -v a="$m" -v b="$hello" 'BEGIN {printf "%.1f", a / b}')
  printf '%-24s %10.3f %10s %10s\n' "$name" "$m" "$ratio" "$(peak "$cmd")"
done < "$out/commands.txt"
echo "state guerrero is $(awk -v a="$state" -v b="$hello" 'BEGIN {printf "%.1f", a / b}')x a bare JVM start on this machine"

#!/bin/sh
# Start-up A/B on a shared machine: runs the given commands in turn, round after round, so that a drift in the
# machine's speed touches all of them alike (hyperfine, in bench/startup.sh, runs one command's runs together).
# Prints each command's median wall time and its ratio to the first command.
#   usage: bench/interleaved.sh ROUNDS 'COMMAND' 'COMMAND'...
#   e.g.   bench/interleaved.sh 20 'java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/bench Hello' \
#            './mxsec state guerrero' './mxsec compare cjng sinaloa'
# (bench/startup.sh compiles target/bench/Hello.class.)
set -eu
rounds=$1
shift
cd "$(dirname "$0")/.."
out=target/bench/interleaved
rm -rf "$out"
mkdir -p "$out"
for cmd in "$@"; do sh -c "$cmd" >/dev/null 2>&1 || true; done # warm-up: builds, trains the JVM archive, fills caches
r=0
while [ "$r" -lt "$rounds" ]; do
  i=0
  for cmd in "$@"; do
    s=$(date +%s%N)
    sh -c "$cmd" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    echo "$(( (e - s) / 1000 ))" >> "$out/$i"
    i=$((i + 1))
  done
  r=$((r + 1))
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
first=$(median "$out/0")
i=0
printf '%9s %7s  %s\n' "median ms" "ratio" "command"
for cmd in "$@"; do
  m=$(median "$out/$i")
  awk -v m="$m" -v f="$first" -v c="$cmd" 'BEGIN {printf "%9.1f %7.2f  %s\n", m / 1000, m / f, c}'
  i=$((i + 1))
done

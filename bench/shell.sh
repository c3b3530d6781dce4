#!/bin/sh
# Shell benchmark: the time of one command inside `mxsec shell` once the corpus is loaded.
# Piped (output discarded): each command N times, then 2N times; (t[2N] - t[N]) / N is a later command once
# the JIT has compiled its code (steady state), and (t[N] - t[1]) / (N - 1) the average over the first N,
# JIT warm-up included.
#   usage: bench/shell.sh [N]            default N: 300
set -eu
n=${1:-300}
cd "$(dirname "$0")/.."
./mxsec --version >/dev/null

ms() { # wall milliseconds of: the command $1 repeated $2 times, piped into mxsec shell
  lines=$(awk -v c="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) print c }')
  s=$(date +%s%N)
  printf '%s\n' "$lines" | ./mxsec shell >/dev/null 2>&1 || true
  e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}

printf '%-40s %14s %14s\n' command "steady ms" "first-N ms"
for cmd in 'state guerrero' 'group cjng' 'timeline --since 2018 --group sinaloa' 'compare cjng sinaloa' \
           'figures --topic homicide' 'search fentanyl' 'state guerrero -o json' 'map' 'reports'; do
  one=$(ms "$cmd" 1)
  first=$(ms "$cmd" "$n")
  double=$(ms "$cmd" "$((2 * n))")
  printf '%-40s %14s %14s\n' "$cmd" "$(awk -v a="$double" -v b="$first" -v n="$n" 'BEGIN {printf "%.2f", (a - b) / n}')" \
    "$(awk -v a="$first" -v b="$one" -v n="$n" 'BEGIN {printf "%.2f", (a - b) / (n - 1)}')"
done

# Interactive, as a person uses it (needs tmux): the shell starts, the user takes a few seconds to type, then
# each command once. The shell's own trace (MXSEC_TRACE) gives each command's time.
if command -v tmux >/dev/null 2>&1; then
  trace=target/bench/shell-trace.txt
  mkdir -p target/bench
  session=mxsec-bench-$$
  tmux new-session -d -s "$session" -x 200 -y 50 "MXSEC_TRACE=1 ./mxsec shell 2>$trace"
  sleep "${MXSEC_BENCH_THINK:-5}"
  for cmd in 'state guerrero' 'group cjng' 'timeline --since 2018 --group sinaloa' 'compare cjng sinaloa' \
             'figures --topic homicide' 'search fentanyl' 'state guerrero -o json' 'map' 'reports' 'person chapo'; do
    tmux send-keys -t "$session" "$cmd" Enter
    sleep 1
  done
  tmux send-keys -t "$session" exit Enter
  sleep 1
  tmux kill-session -t "$session" 2>/dev/null || true
  echo
  echo "interactive, each command once after ${MXSEC_BENCH_THINK:-5} s at the prompt:"
  sed -n 's/^mxsec-trace *\([0-9.]*\) ms for  \(.*\)$/\2|\1/p' "$trace" | awk -F'|' '{printf "%-40s %12s\n", $1, $2}'
fi

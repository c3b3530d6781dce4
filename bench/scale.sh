#!/bin/sh
# Scale benchmark: synthetic corpora of 10,000 / 50,000 / 100,000 facts (100 per report; generated into
# target/bench, never committed) loaded on top of the built-in corpus. For each size: the first query
# (parse, validate, index into the cache), a later query (from the cache), and peak memory.
#   usage: bench/scale.sh [QUERY...]        default query: group zetas
set -eu
cd "$(dirname "$0")/.."
out=target/bench/scale
mkdir -p "$out"
[ "$#" -gt 0 ] || set -- group zetas
./mxsec --version >/dev/null
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

run() { # wall seconds and peak MiB of one mxsec run
  /usr/bin/time -f '%e %M' ./mxsec "$@" >/dev/null 2>"$out/time.txt" || true
  tail -n 1 "$out/time.txt" | awk '{printf "%8.2f s %7.0f MiB", $1, $2 / 1024}'
}

printf '%-10s %-22s %-22s\n' facts "first query" "later query (cached)"
for reports in 100 500 1000; do
  dir="$out/corpus-$reports"
  [ -d "$dir" ] || "$java" bench/SyntheticCorpus.java "$dir" "$reports" 100
  export XDG_CACHE_HOME="$out/cache-$reports"
  rm -rf "$XDG_CACHE_HOME"
  first=$(run "$@" --corpus "$dir")
  later=$(run "$@" --corpus "$dir")
  printf '%-10s %-22s %-22s\n' "$((reports * 100))" "$first" "$later"
done

#!/usr/bin/env bash
# bench/orangesum.sh: throughput and memory of `newskg extract` on the
# OrangeSum corpus (real French news, JSON Lines compressed with xz).
#
#   bench/orangesum.sh [CORPUS.jsonl.xz [N]]
#
# CORPUS defaults to ../shared/corpus/orangesum/orangesum.jsonl.xz (from the
# project's root); N limits the run to the first N articles.  The tool is
# $NEWSKG, else build-release/src/newskg, else src/newskg.  Nothing is
# written to the repository: outputs go to a temporary directory, removed at
# the end.  Prints, for an N-Triples run and a Turtle run: articles/s,
# words/s and peak resident memory.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$top/../shared/corpus/orangesum/orangesum.jsonl.xz}
limit=${2:-}

tool=${NEWSKG:-}
if [[ -z $tool ]]; then
  for t in "$top/build-release/src/newskg" "$top/src/newskg"; do
    if [[ -x $t ]]; then tool=$t; break; fi
  done
fi
[[ -n $tool && -x $tool ]] || {
  echo "orangesum.sh: newskg not built (run ./bootstrap.sh, or set NEWSKG)" >&2
  exit 2
}
[[ -r $corpus ]] || { echo "orangesum.sh: $corpus: not found" >&2; exit 2; }
[[ -x /usr/bin/time ]] || {
  echo "orangesum.sh: /usr/bin/time missing (apt-get install time)" >&2
  exit 2
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/newskg-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

input=$corpus
if [[ -n $limit ]]; then
  # head closes the pipe early: xz's SIGPIPE is expected, not an error.
  input=$tmp/orangesum-$limit.jsonl
  { xz -dc "$corpus" || true; } | head -n "$limit" >"$input"
fi

# Wall-clock "h:mm:ss" or "m:ss.ss" of time -v, in seconds.
to_seconds() {
  awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' <<<"$1"
}

# run FORMAT EXTENSION: one timed export, then its figures.
run() {
  local format=$1 out=$tmp/graph.$2 log=$tmp/time-$1.log status=0
  /usr/bin/time -v -o "$log" "$tool" extract -f "$format" -o "$out" \
    "$input" 2>"$tmp/stderr-$1.log" || status=$?
  if ((status > 1)); then
    echo "orangesum.sh: newskg failed (exit $status):" >&2
    cat "$tmp/stderr-$1.log" >&2
    exit 1
  fi
  local summary wall rss articles words failed triples
  summary=$(grep -E '^newskg: [0-9]+ articles' "$tmp/stderr-$1.log" | tail -n 1)
  articles=$(sed -E 's/^newskg: ([0-9]+) articles.*/\1/' <<<"$summary")
  failed=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$summary")
  words=$(sed -E 's/.* ([0-9]+) words.*/\1/' <<<"$summary")
  triples=$(sed -E 's/.* ([0-9]+) triples.*/\1/' <<<"$summary")
  wall=$(to_seconds "$(sed -n 's/.*Elapsed (wall clock) time.*): //p' "$log")")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  awk -v f="$format" -v a="$articles" -v fl="$failed" -v w="$words" \
      -v t="$triples" -v s="$wall" -v r="$rss" -v b="$(stat -c %s "$out")" \
    'BEGIN {
       if (s <= 0) s = 0.01
       printf "%-9s %7d articles (%d failed) %10d words %10d triples %8.1f MiB out\n",
              f, a, fl, w, t, b / 1048576
       printf "%-9s %8.2f s  %9.1f articles/s  %11.0f words/s  peak RSS %7.1f MiB\n",
              "", s, a / s, w / s, r / 1024
     }'
}

echo "newskg $("$tool" --version) on $input"
run ntriples nt
run turtle ttl

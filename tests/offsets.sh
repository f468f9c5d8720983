# tests/offsets.sh: every fact's evidence (nk:evidenceText, nk:start,
# nk:end) is the substring [start, end) of its article's text, in code
# points: on the samples, the seeds when present, the hostile fixture
# (CR LF, byte-order mark, combining accents, emoji) and JSON Lines.
. "$(dirname "$0")/common.sh"

data=$top_srcdir/tests/data
sources="$SAMPLES $data/bad_input/good.txt $data/bad_input/hostile.txt"
[ -d "$SEEDS" ] && sources="$sources $SEEDS"
[ -d "$SEEDS" ] || echo "note: $SEEDS missing, checking the samples only"

evidence='SELECT ?id ?text ?start ?end WHERE {
  ?f nk:inArticle ?a ; nk:evidenceText ?text ; nk:start ?start ;
     nk:end ?end .
  ?a schema:identifier ?id . }'

# check NAME GRAPH SOURCE...: runs offsets.py on the facts of GRAPH.
check() {
  name=$1
  graph=$2
  shift 2
  if "$NEWSKG" query -r tsv -D "$graph" -e "$PREFIXES $evidence" \
    >"$tmp/$name.tsv" 2>"$tmp/stderr"; then
    if "$PYTHON3" "$top_srcdir/tests/offsets.py" "$tmp/$name.tsv" "$@" \
      >"$tmp/$name.out" 2>&1; then
      pass "$name: $(tail -n 1 "$tmp/$name.out")"
    else
      fail "$name: evidence offsets"
      show "$tmp/$name.out"
    fi
  else
    fail "$name: evidence query failed"
    show "$tmp/stderr"
  fi
}

# shellcheck disable=SC2086 # $sources: paths without spaces
expect_status 0 "export" "$NEWSKG" extract -o "$tmp/g.ttl" $sources
# shellcheck disable=SC2086
check articles "$tmp/g.ttl" $sources

# JSON Lines: offsets count the decoded text field, not the JSON line.
"$NEWSKG" extract -q -o "$tmp/jsonl.nt" "$data/articles.jsonl" 2>/dev/null
check jsonl "$tmp/jsonl.nt" "$data/articles.jsonl"

finish

# tests/roundtrip.sh: the Turtle export holds exactly the triples of the
# N-Triples export of the same input, as counted by rapper, by `newskg
# query` and by the tool's own summary.
. "$(dirname "$0")/common.sh"

inputs=$SAMPLES
[ -d "$SEEDS" ] && inputs="$SAMPLES $SEEDS"

# shellcheck disable=SC2086 # $inputs is a list of directories
expect_status 0 "N-Triples export" "$NEWSKG" extract -o "$tmp/g.nt" $inputs
summary=$(sed -n 's/.* \([0-9][0-9]*\) triples.*/\1/p' "$tmp/stderr")
# shellcheck disable=SC2086
expect_status 0 "Turtle export" "$NEWSKG" extract -o "$tmp/g.ttl" $inputs

lines=$(grep -c '^[<_]' "$tmp/g.nt" || true)
if [ "${lines:-0}" -gt 0 ]; then
  pass "N-Triples export has $lines triples"
else
  fail "N-Triples export is empty"
fi
[ "$summary" = "$lines" ] && pass "summary counts the triples written" ||
  fail "summary says ${summary:-nothing} triples, the file has $lines lines"
[ "$(grep -vc '^[<_]' "$tmp/g.nt")" = 0 ] &&
  pass "N-Triples: one triple per line, nothing else" ||
  fail "N-Triples: lines that are not triples"
dups=$(sort "$tmp/g.nt" | uniq -d | wc -l)
[ "$dups" -eq 0 ] && pass "N-Triples: no duplicate triple" ||
  fail "N-Triples: $dups duplicate triples"

q='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
ttl_count=$("$NEWSKG" query -r tsv -D "$tmp/g.ttl" -e "$q" |
  sed -n '2s/^"\{0,1\}\([0-9][0-9]*\).*/\1/p')
nt_count=$("$NEWSKG" query -r tsv -D "$tmp/g.nt" -e "$q" |
  sed -n '2s/^"\{0,1\}\([0-9][0-9]*\).*/\1/p')
[ "$ttl_count" = "$lines" ] &&
  pass "newskg query counts $lines triples in the Turtle" ||
  fail "newskg query counts ${ttl_count:-nothing} triples in the Turtle, $lines in N-Triples"
[ "$nt_count" = "$lines" ] &&
  pass "newskg query counts $lines triples in the N-Triples" ||
  fail "newskg query counts ${nt_count:-nothing} triples in the N-Triples file of $lines lines"

if have rapper; then
  rc=$(rapper_count turtle "$tmp/g.ttl")
  [ "$rc" = "$lines" ] && pass "rapper counts $lines triples in the Turtle" ||
    { fail "rapper counts ${rc:-no (rejected)} triples in the Turtle, $lines expected"; show "$tmp/rapper.err"; }
  rn=$(rapper_count ntriples "$tmp/g.nt")
  [ "$rn" = "$lines" ] && pass "rapper accepts the N-Triples" ||
    { fail "rapper counts ${rn:-no (rejected)} triples in the N-Triples"; show "$tmp/rapper.err"; }
  # Same set of triples, not only the same number: rapper writes both as
  # N-Triples (same escaping for both), compared sorted.
  if rapper -q -i turtle -o ntriples "$tmp/g.ttl" 2>/dev/null |
    LC_ALL=C sort >"$tmp/from-ttl.nt" &&
    rapper -q -i ntriples -o ntriples "$tmp/g.nt" 2>/dev/null |
    LC_ALL=C sort >"$tmp/sorted.nt" &&
    cmp -s "$tmp/from-ttl.nt" "$tmp/sorted.nt"; then
    pass "Turtle and N-Triples hold the same triples"
  else
    fail "Turtle and N-Triples differ"
    diff "$tmp/from-ttl.nt" "$tmp/sorted.nt" | head -10
  fi
else
  echo "skipped: rapper checks (rapper not installed)"
fi

# The other two syntaxes parse and hold the same number of triples.
# shellcheck disable=SC2086
expect_status 0 "RDF/XML export" "$NEWSKG" extract -o "$tmp/g.rdf" $inputs
x_count=$("$NEWSKG" query -r tsv -D "$tmp/g.rdf" -e "$q" |
  sed -n '2s/^"\{0,1\}\([0-9][0-9]*\).*/\1/p')
[ "$x_count" = "$lines" ] && pass "RDF/XML holds $lines triples" ||
  fail "RDF/XML holds ${x_count:-no} triples, $lines expected"
# shellcheck disable=SC2086
expect_status 0 "N-Quads export" "$NEWSKG" extract -o "$tmp/g.nq" $inputs
if have rapper; then
  rapper -q -i nquads -o ntriples "$tmp/g.nq" 2>/dev/null | LC_ALL=C sort -u \
    >"$tmp/from-nq.nt"
  LC_ALL=C sort -u "$tmp/sorted.nt" >"$tmp/sorted-u.nt"
  cmp -s "$tmp/from-nq.nt" "$tmp/sorted-u.nt" &&
    pass "N-Quads without graphs = the N-Triples" ||
    fail "N-Quads without their graphs differ from the N-Triples"
fi

finish

# tests/cli.sh: the command line itself: help, version, usage errors and
# their exit statuses (0 ok, 2 usage or fatal error).
. "$(dirname "$0")/common.sh"

expect_status 0 "--help" "$NEWSKG" --help
grep -q 'extract' "$tmp/stdout" && grep -q 'query' "$tmp/stdout" &&
  pass "--help names both commands" || fail "--help names both commands"
expect_status 0 "extract --help" "$NEWSKG" extract --help
grep -q -- '--output' "$tmp/stdout" && pass "extract --help lists -o" ||
  fail "extract --help lists -o"
expect_status 0 "query --help" "$NEWSKG" query --help
grep -q -- '--data' "$tmp/stdout" && pass "query --help lists -D" ||
  fail "query --help lists -D"

expect_status 0 "--version" "$NEWSKG" --version
grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+' "$tmp/stdout" &&
  pass "--version prints MAJOR.MINOR.PATCH" ||
  fail "--version prints MAJOR.MINOR.PATCH: $(cat "$tmp/stdout")"

expect_status 2 "no command" "$NEWSKG"
expect_stderr 'Usage:' "no command: usage shown"
expect_status 2 "unknown command" "$NEWSKG" frobnicate
expect_stderr 'frobnicate' "unknown command named"
expect_status 2 "unknown option" "$NEWSKG" extract --no-such-option x.txt
expect_stderr 'no-such-option' "unknown option named"
expect_stderr 'Usage:' "unknown option: usage shown"
expect_status 2 "unknown short option" "$NEWSKG" extract -Z x.txt
expect_status 2 "-o without its argument" "$NEWSKG" extract -o
expect_status 2 "extract without input" "$NEWSKG" extract
expect_status 2 "unknown output format" "$NEWSKG" extract -f klingon \
  "$SAMPLES"
expect_stderr 'klingon' "unknown output format named"

missing=$tmp/no-such-article.txt
expect_status 2 "missing input file" "$NEWSKG" extract "$missing"
expect_stderr 'no-such-article\.txt' "missing input file named"
[ ! -s "$tmp/stdout" ] && pass "missing input: nothing on stdout" ||
  fail "missing input: nothing on stdout"

expect_status 2 "query without -D" "$NEWSKG" query -e 'ASK { ?s ?p ?o }'
expect_stderr '-D' "query without -D: says so"
printf 'ASK { ?s ?p ?o }\n' >"$tmp/q.rq"
: >"$tmp/empty.nt"
expect_status 2 "query with -e and a file" "$NEWSKG" query -D "$tmp/empty.nt" \
  -e 'ASK { ?s ?p ?o }' "$tmp/q.rq"
expect_status 2 "query without a query" "$NEWSKG" query -D "$tmp/empty.nt"
expect_status 2 "query: unknown result format" "$NEWSKG" query -r yaml \
  -D "$tmp/empty.nt" "$tmp/q.rq"
expect_status 2 "query: missing query file" "$NEWSKG" query \
  -D "$tmp/empty.nt" "$tmp/no-such-query.rq"
expect_stderr 'no-such-query\.rq' "missing query file named"
expect_status 2 "query: missing graph file" "$NEWSKG" query \
  -D "$tmp/no-such-graph.ttl" "$tmp/q.rq"
expect_stderr 'no-such-graph\.ttl' "missing graph file named"
expect_status 2 "query: syntax error" "$NEWSKG" query -D "$tmp/empty.nt" \
  -e 'SELECT WHERE {'

# A working run, so that the statuses above are not all "it never works".
printf 'Le Premier ministre a parlé.\n' >"$tmp/one.txt"
expect_status 0 "extract one article" "$NEWSKG" extract -q "$tmp/one.txt"
[ -s "$tmp/stdout" ] && pass "extract writes to stdout by default" ||
  fail "extract writes to stdout by default"
[ ! -s "$tmp/stderr" ] && pass "-q: nothing on stderr" ||
  { fail "-q: nothing on stderr"; show "$tmp/stderr"; }
expect_status 0 "extract with summary" "$NEWSKG" extract -o "$tmp/one.nt" \
  "$tmp/one.txt"
expect_stderr '1 articles, 0 failed, [0-9]+ words, .* [0-9]+ triples' \
  "summary line"
expect_status 0 "query an empty graph" "$NEWSKG" query -r xml \
  -D "$tmp/empty.nt" "$tmp/q.rq"
grep -q '<boolean>false</boolean>' "$tmp/stdout" &&
  pass "ASK on an empty graph is false" || fail "ASK on an empty graph is false"

# A full disk while streaming is fatal: exit 2 and say why, not one
# failure per article.
if [ -w /dev/full ]; then
  "$NEWSKG" extract -f ntriples "$top_srcdir/samples" >/dev/full \
    2>"$tmp/stderr" && status=0 || status=$?
  [ "$status" -eq 2 ] && pass "write error: exit 2" ||
    fail "write error: exit $status, expected 2"
  expect_stderr 'cannot write' "write error: the message says so"
fi

finish

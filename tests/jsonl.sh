# tests/jsonl.sh: JSON Lines input, plain, gzip, xz and on standard input:
# a malformed line is reported with its file and skipped, the other records
# are exported with their metadata, and compression changes nothing.
. "$(dirname "$0")/common.sh"

src=$top_srcdir/tests/data/articles.jsonl
cp "$src" "$tmp/articles.jsonl"

expect_status 1 "malformed line: exit 1" "$NEWSKG" extract -o "$tmp/plain.nt" \
  "$tmp/articles.jsonl"
expect_stderr 'articles\.jsonl' "the message names the file"
expect_stderr 'articles\.jsonl:2' "the message names the line"
expect_rapper ntriples "$tmp/plain.nt" "output parses"

g=$tmp/plain.nt
expect_ask "$g" true "record jl-1 exported with its title" \
  "?a a nk:Article ; schema:identifier \"jl-1\" ; schema:headline ?h .
   FILTER(STR(?h) = \"Visite à Madrid\")"
expect_ask "$g" true "record jl-1: full date" \
  "?a schema:identifier \"jl-1\" ; schema:datePublished ?d .
   FILTER(STR(?d) = \"2023-05-12\")"
expect_ask "$g" true "record jl-1: url" \
  "?a schema:identifier \"jl-1\" ; schema:url ?u .
   FILTER(STR(?u) = \"https://example.org/jl-1\")"
expect_ask "$g" true "record jl-1: publisher from the source field" \
  "?a schema:identifier \"jl-1\" ; schema:publisher ?o .
   ?o schema:name ?n . FILTER(CONTAINS(?n, \"Agence Exemple\"))"
expect_ask "$g" true "record jl-3 exported with its month" \
  "?a schema:identifier \"jl-3\" ; schema:datePublished ?d .
   FILTER(STR(?d) = \"2022-11\")"
expect_ask "$g" false "record jl-2 not exported" \
  "?a schema:identifier \"jl-2\" ."
expect_ask "$g" true "straight-quote statement in a JSON string" \
  "?s a nk:Statement ; schema:text ?t .
   FILTER(CONTAINS(?t, \"avancer ensemble\"))"

if have gzip; then
  gzip -c "$tmp/articles.jsonl" >"$tmp/gz.jsonl.gz"
  expect_status 1 ".jsonl.gz: exit 1" "$NEWSKG" extract -o "$tmp/gz.nt" \
    "$tmp/gz.jsonl.gz"
  cmp -s "$tmp/plain.nt" "$tmp/gz.nt" && pass ".jsonl.gz: same output" ||
    fail ".jsonl.gz: output differs from the plain file's"
fi
if have xz; then
  xz -c "$tmp/articles.jsonl" >"$tmp/xz.jsonl.xz"
  expect_status 1 ".jsonl.xz: exit 1" "$NEWSKG" extract -o "$tmp/xz.nt" \
    "$tmp/xz.jsonl.xz"
  cmp -s "$tmp/plain.nt" "$tmp/xz.nt" && pass ".jsonl.xz: same output" ||
    fail ".jsonl.xz: output differs from the plain file's"
fi

# Standard input: JSON Lines when it starts with '{'.
status=0
"$NEWSKG" extract -f ntriples - <"$tmp/articles.jsonl" >"$tmp/stdin.nt" \
  2>"$tmp/stderr" || status=$?
[ "$status" -eq 1 ] && pass "stdin JSON Lines: exit 1" ||
  fail "stdin JSON Lines: exit $status, expected 1"
cmp -s "$tmp/plain.nt" "$tmp/stdin.nt" && pass "stdin JSON Lines: same output" ||
  fail "stdin JSON Lines: output differs"

# Standard input, plain text: one article with the id "stdin".
status=0
printf 'Le maire de Lyon a rencontré le préfet.\n' |
  "$NEWSKG" extract -f ntriples - >"$tmp/text.nt" 2>"$tmp/stderr" || status=$?
[ "$status" -eq 0 ] && pass "stdin text: exit 0" ||
  fail "stdin text: exit $status"
expect_ask "$tmp/text.nt" true "stdin text: article id stdin" \
  "?a a nk:Article ; schema:identifier \"stdin\" ."

finish

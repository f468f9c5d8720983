# tests/bad_input.sh: bad articles are reported, naming their file, and
# skipped (exit 1) while the good ones of the same run are exported; hostile
# text gives output that parses; -o FILE is replaced atomically and left
# intact by a run that fails.
. "$(dirname "$0")/common.sh"

data=$top_srcdir/tests/data/bad_input
good=$data/good.txt
in=$tmp/in
mkdir "$in"

printf 'Le ministre a d\303\251clar\303\251 \377\376 que tout allait bien.\n' \
  >"$in/bad_utf8.txt"
printf 'Une s\303\251quence tronqu\303' >"$in/truncated.txt"
: >"$in/empty.txt"
"$PYTHON3" -c 'import sys; sys.stdout.buffer.write(bytes(range(256)) * 64)' \
  >"$in/binary.txt"
printf 'Le d\303\251put\303\251\001 a dit\033[31m : \302\253 bonjour\177 \302\273.\000fin\n' \
  >"$in/control.txt"

# exported GRAPH ID: is there an article with that identifier?
exported() { ask "$1" "?a a nk:Article ; schema:identifier \"$2\" ."; }

# bad_run NAME WANT_STATUS: exports good.txt and $in/NAME.txt together.
bad_run() {
  out=$tmp/$1.ttl
  expect_status "$2" "$1: exit $2 with a good article" "$NEWSKG" extract \
    -o "$out" "$good" "$in/$1.txt"
  if [ "$status" -ne 0 ]; then
    expect_stderr "$1\.txt" "$1: the message names the file"
  fi
  [ "$(exported "$out" good)" = true ] &&
    pass "$1: the good article is exported" ||
    fail "$1: the good article is exported"
  expect_rapper turtle "$out" "$1: output parses"
}

bad_run bad_utf8 1
[ "$(exported "$tmp/bad_utf8.ttl" bad_utf8)" = false ] &&
  pass "bad_utf8: not exported" || fail "bad_utf8: not exported"
bad_run truncated 1
bad_run binary 1
[ "$(exported "$tmp/binary.ttl" binary)" = false ] &&
  pass "binary: not exported" || fail "binary: not exported"
# An empty article or one with control characters may be exported or
# refused; either way the run goes on and says why.
for name in empty control; do
  "$NEWSKG" extract -q -o "$tmp/probe.ttl" "$in/$name.txt" >/dev/null 2>&1
  s=$?
  if [ "$s" -eq 0 ] || [ "$s" -eq 1 ]; then
    bad_run "$name" "$s"
  else
    fail "$name: exit $s alone (expected 0 or 1)"
  fi
done

# Hostile but valid text: must be exported, and parse in every syntax.
hostile=$data/hostile.txt
expect_status 0 "hostile text: exported" "$NEWSKG" extract \
  -o "$tmp/hostile.ttl" "$good" "$hostile"
[ "$(exported "$tmp/hostile.ttl" hostile)" = true ] &&
  pass "hostile text: article in the graph" ||
  fail "hostile text: article in the graph"
expect_rapper turtle "$tmp/hostile.ttl" "hostile text: Turtle parses"
expect_status 0 "hostile text: N-Triples" "$NEWSKG" extract \
  -o "$tmp/hostile.nt" "$good" "$hostile"
expect_rapper ntriples "$tmp/hostile.nt" "hostile text: N-Triples parses"
expect_status 0 "hostile text: RDF/XML" "$NEWSKG" extract \
  -o "$tmp/hostile.rdf" "$good" "$hostile"
expect_rapper rdfxml "$tmp/hostile.rdf" "hostile text: RDF/XML parses"
if have rapper; then
  a=$(rapper_count turtle "$tmp/hostile.ttl")
  b=$(rapper_count ntriples "$tmp/hostile.nt")
  c=$(rapper_count rdfxml "$tmp/hostile.rdf")
  [ -n "$a" ] && [ "$a" = "$b" ] && [ "$b" = "$c" ] &&
    pass "hostile text: same triple count in the three syntaxes ($a)" ||
    fail "hostile text: triple counts differ: turtle $a, ntriples $b, rdfxml $c"
fi
# The words of the hostile quotation come back exactly, backslashes and
# quotation marks included, when a statement was found there.
n=$(count "$tmp/hostile.ttl" '?s a nk:Statement ; nk:inArticle ?a ;
         nk:evidenceText ?e . ?a schema:identifier "hostile" .')
[ "${n:-0}" -gt 0 ] && pass "hostile text: statements found ($n)" ||
  fail "hostile text: no statement found in hostile.txt"

# All of them in one directory: one run, exit 1, the good ones exported.
cp "$good" "$hostile" "$in/"
expect_status 1 "directory with bad files: exit 1" "$NEWSKG" extract \
  -o "$tmp/all.nt" "$in"
for name in bad_utf8 truncated binary; do
  expect_stderr "$name\.txt" "directory run names $name.txt"
done
expect_rapper ntriples "$tmp/all.nt" "directory run: N-Triples parses"
[ "$(exported "$tmp/all.nt" good)" = true ] &&
  [ "$(exported "$tmp/all.nt" hostile)" = true ] &&
  pass "directory run: good and hostile exported" ||
  fail "directory run: good and hostile exported"

# ------------------------------------------------------- atomic output
out=$tmp/keep.ttl
printf 'PREVIOUS CONTENT\n' >"$out"
expect_status 2 "nonexistent input with -o: exit 2" "$NEWSKG" extract \
  -o "$out" "$good" "$tmp/no-such-input.txt"
expect_stderr 'no-such-input\.txt' "nonexistent input named"
[ "$(cat "$out")" = "PREVIOUS CONTENT" ] &&
  pass "failed run: existing -o file untouched" ||
  fail "failed run: existing -o file changed"
leftovers=$(find "$tmp" -maxdepth 1 -name 'keep.ttl.*' | wc -l)
[ "$leftovers" -eq 0 ] && pass "failed run: no temporary file left" ||
  fail "failed run: $leftovers temporary file(s) left"
expect_status 2 "-o in a nonexistent directory: exit 2" "$NEWSKG" extract \
  -o "$tmp/no/such/dir/x.ttl" "$good"
expect_status 1 "partial run with -o: exit 1" "$NEWSKG" extract -o "$out" \
  "$good" "$in/bad_utf8.txt"
[ "$(head -c 16 "$out")" != "PREVIOUS CONTENT" ] &&
  [ "$(exported "$out" good)" = true ] &&
  pass "partial run: -o file replaced by the export" ||
  fail "partial run: -o file replaced by the export"
leftovers=$(find "$tmp" -maxdepth 1 -name 'keep.ttl.*' | wc -l)
[ "$leftovers" -eq 0 ] && pass "partial run: no temporary file left" ||
  fail "partial run: $leftovers temporary file(s) left"
perm=$(stat -c %a "$out")
umask_perm=$(printf '%o' $((0666 & ~$(umask))))
[ "$perm" = "$umask_perm" ] && pass "-o file mode follows the umask ($perm)" ||
  fail "-o file mode $perm, expected $umask_perm"

# ------------------------------------------------ a 50 MB single line
# One line, no sentence end, no newline: the segmenter and extractors must
# neither crash nor go quadratic on it.
"$PYTHON3" - "$in/big.txt" <<'PY'
import sys
words = ("le la des ministre réunion Paris accord délégation dossier "
         "semaine conseil région").split()
chunk = " ".join(words[i % len(words)] + str(i % 97) for i in range(4096)) + " "
data = chunk.encode("utf-8")
with open(sys.argv[1], "wb") as f:
    size = 50 * 1024 * 1024
    while size > 0:
        f.write(data[:size])
        size -= len(data)
PY
# Cut at a byte boundary: make sure the file ends on whole characters.
"$PYTHON3" -c 'import sys; b = open(sys.argv[1], "rb").read(); b.decode("utf-8")' \
  "$in/big.txt" 2>/dev/null || printf ' fin' >>"$in/big.txt"
limit=""
have timeout && limit="timeout 900"
printf 'PREVIOUS CONTENT\n' >"$out"
# shellcheck disable=SC2086 # $limit is a command prefix or nothing
run $limit "$NEWSKG" extract -o "$tmp/big.nt" "$in/big.txt" "$good"
if [ "$status" -eq 0 ] || [ "$status" -eq 1 ]; then
  pass "50 MB single line: exit $status"
  [ "$status" -eq 0 ] || expect_stderr 'big\.txt' "50 MB: the message names it"
  [ "$(exported "$tmp/big.nt" good)" = true ] &&
    pass "50 MB: the good article is exported" ||
    fail "50 MB: the good article is exported"
else
  fail "50 MB single line: exit $status (124: timed out)"
  show "$tmp/stderr"
fi

# Interrupted run: the previous -o file stays, no temporary file.
"$NEWSKG" extract -q -o "$out" "$in/big.txt" "$good" 2>/dev/null &
pid=$!
sleep 1
kill -TERM "$pid" 2>/dev/null
wait "$pid"
s=$?
if [ "$s" -eq 143 ]; then
  [ "$(cat "$out")" = "PREVIOUS CONTENT" ] &&
    pass "interrupted run: -o file untouched" ||
    fail "interrupted run: -o file changed"
  leftovers=$(find "$tmp" -maxdepth 1 -name 'keep.ttl.*' | wc -l)
  [ "$leftovers" -eq 0 ] && pass "interrupted run: temporary file removed" ||
    fail "interrupted run: $leftovers temporary file(s) left"
else
  echo "skipped: interrupted run (the export ended before the signal: $s)"
fi

finish

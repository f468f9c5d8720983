# tests/common.sh: sourced by the end-to-end scripts (tests/*.sh).
#
# automake runs them with top_srcdir, top_builddir, NEWSKG_DATA_DIR and
# PYTHON3 in the environment; the defaults below let a script also run by
# hand from the source tree: sh tests/cli.sh.  A script exits 0 when every
# check passed, 1 when one failed, 77 when a prerequisite is missing.

: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
: "${NEWSKG_DATA_DIR:=$top_srcdir/data}"
: "${PYTHON3:=python3}"
export NEWSKG_DATA_DIR

NEWSKG=$top_builddir/src/newskg
SAMPLES=$top_srcdir/samples
SHARED=$top_srcdir/../shared
SEEDS=$SHARED/corpus/seeds

PREFIXES='PREFIX nk: <https://w3id.org/newskg/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
'

failures=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/newskg-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM

pass() { echo "ok: $*"; }
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
skip() {
  echo "SKIP: $*"
  exit 77
}
have() { command -v "$1" >/dev/null 2>&1; }

# Ends the script: 0 when nothing failed.
finish() {
  if [ "$failures" -eq 0 ]; then
    echo "all checks passed"
    exit 0
  fi
  echo "$failures check(s) failed"
  exit 1
}

# Shows the last lines of a file, indented, after a failure.
show() { sed -n '1,25s/^/    /p' "$1"; }

# run CMD...: runs it with its output in $tmp/stdout and $tmp/stderr; the
# exit status is in $status.
run() {
  status=0
  "$@" >"$tmp/stdout" 2>"$tmp/stderr" || status=$?
}

# expect_status WANT WHAT CMD...
expect_status() {
  want=$1
  what=$2
  shift 2
  run "$@"
  if [ "$status" -eq "$want" ]; then
    pass "$what"
  else
    fail "$what: exit $status, expected $want"
    show "$tmp/stderr"
  fi
}

# expect_stderr PATTERN WHAT: the last run's stderr matches (grep -E).
expect_stderr() {
  if grep -Eq -- "$1" "$tmp/stderr"; then
    pass "$2"
  else
    fail "$2: stderr does not match /$1/"
    show "$tmp/stderr"
  fi
}

# ask GRAPH SPARQL_GROUP_PATTERN: prints true or false (or error).
ask() {
  if "$NEWSKG" query -r xml -D "$1" -e "$PREFIXES ASK { $2 }" \
    >"$tmp/ask.out" 2>"$tmp/ask.err"; then
    if grep -q '<boolean>true</boolean>' "$tmp/ask.out"; then
      echo true
    elif grep -q '<boolean>false</boolean>' "$tmp/ask.out"; then
      echo false
    else
      echo error
    fi
  else
    echo error
  fi
}

# expect_ask GRAPH WANT(true|false) WHAT PATTERN
expect_ask() {
  got=$(ask "$1" "$4")
  if [ "$got" = "$2" ]; then
    pass "$3"
  else
    fail "$3: ASK gave $got, expected $2"
    [ "$got" != error ] || show "$tmp/ask.err"
  fi
}

# count GRAPH SPARQL_GROUP_PATTERN: number of solutions (empty on error).
count() {
  "$NEWSKG" query -r tsv -D "$1" \
    -e "$PREFIXES SELECT (COUNT(*) AS ?n) WHERE { $2 }" 2>"$tmp/count.err" |
    sed -n '2s/^"\{0,1\}\([0-9][0-9]*\).*/\1/p'
}

# rapper_count SYNTAX FILE: triples as rapper counts them; empty when it
# rejects the file or warns (its messages are left in $tmp/rapper.err).
rapper_count() {
  if rapper -i "$1" -c "$2" >/dev/null 2>"$tmp/rapper.err"; then
    sed -n 's/.*returned \([0-9][0-9]*\) triples.*/\1/p' "$tmp/rapper.err"
  fi
}

# expect_rapper SYNTAX FILE WHAT: rapper parses FILE without complaint.
expect_rapper() {
  if ! have rapper; then
    echo "skipped: $3 (rapper not installed)"
  elif [ -n "$(rapper_count "$1" "$2")" ]; then
    pass "$3"
  else
    fail "$3: rapper rejects $2"
    show "$tmp/rapper.err"
  fi
}

[ -x "$NEWSKG" ] || {
  echo "FAIL: $NEWSKG is not built"
  exit 1
}

# tests/determinism.sh: the same input gives the same bytes: two runs, and a
# directory given whole or as its sorted list of files.
. "$(dirname "$0")/common.sh"

# same_bytes WHAT FILE1 FILE2
same_bytes() {
  if [ -s "$2" ] && cmp -s "$2" "$3"; then
    pass "$1"
  else
    fail "$1: $(basename "$2") and $(basename "$3") differ (or are empty)"
    diff "$2" "$3" | head -10
  fi
}

dirs=$SAMPLES
[ -d "$SEEDS" ] && dirs="$SAMPLES $SEEDS"

for fmt in turtle ntriples nquads; do
  # shellcheck disable=SC2086 # $dirs is a list of directories
  expect_status 0 "$fmt: first run" "$NEWSKG" extract -q -f "$fmt" \
    -o "$tmp/a.$fmt" $dirs
  # shellcheck disable=SC2086
  expect_status 0 "$fmt: second run" "$NEWSKG" extract -q -f "$fmt" \
    -o "$tmp/b.$fmt" $dirs
  same_bytes "$fmt: two runs give the same bytes" "$tmp/a.$fmt" "$tmp/b.$fmt"
done

# Directory vs its files in byte order (what the reader promises), and
# standard output vs -o.
list=$(for d in $dirs; do
  find "$d" -name '*.txt' -type f | LC_ALL=C sort
done)
for fmt in turtle ntriples; do
  # shellcheck disable=SC2086 # file names without spaces
  expect_status 0 "$fmt: sorted file list" "$NEWSKG" extract -q -f "$fmt" \
    -o "$tmp/list.$fmt" $list
  same_bytes "$fmt: directory = its sorted file list" "$tmp/a.$fmt" \
    "$tmp/list.$fmt"
  # shellcheck disable=SC2086
  "$NEWSKG" extract -q -f "$fmt" $dirs >"$tmp/stdout.$fmt" 2>/dev/null
  same_bytes "$fmt: stdout = -o FILE" "$tmp/a.$fmt" "$tmp/stdout.$fmt"
done

# Copies of the directory in another place (another path, another creation
# order) give the same graph: nothing depends on where the files are.
mkdir "$tmp/copy"
for f in $(printf '%s\n' "$SAMPLES"/*.txt | LC_ALL=C sort -r); do
  cp "$f" "$tmp/copy/"
done
expect_status 0 "copy created in reverse order" "$NEWSKG" extract -q \
  -f turtle -o "$tmp/copy.ttl" "$tmp/copy"
"$NEWSKG" extract -q -f turtle -o "$tmp/samples.ttl" "$SAMPLES" 2>/dev/null
same_bytes "turtle: same graph from a copy of samples/" "$tmp/samples.ttl" \
  "$tmp/copy.ttl"

finish

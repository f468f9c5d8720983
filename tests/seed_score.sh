# tests/seed_score.sh: extraction quality on the five seed articles, scored
# by the shared scorer against the gold answers.  Fails below the floor;
# skipped when ../shared (seeds, gold, scorer) is not there.
. "$(dirname "$0")/common.sh"

# The floors are data: tests/data/seed_floors.txt (measure TAB floor).
floors=$top_srcdir/tests/data/seed_floors.txt

gold=$SHARED/gold/seeds
scorer=$SHARED/eval/score.py
[ -d "$SEEDS" ] || skip "$SEEDS missing"
[ -d "$gold" ] || skip "$gold missing"
[ -f "$scorer" ] || skip "$scorer missing"
have "$PYTHON3" || [ -x "$PYTHON3" ] || skip "python3 missing"

expect_status 0 "export the seeds" "$NEWSKG" extract -o "$tmp/seeds.ttl" \
  "$SEEDS"
mkdir "$tmp/results"
for q in persons organizations roles meetings statements sources; do
  expect_status 0 "queries/$q.rq" "$NEWSKG" query -r tsv -D "$tmp/seeds.ttl" \
    "$top_srcdir/queries/$q.rq"
  cp "$tmp/stdout" "$tmp/results/$q.tsv"
done

if ! "$PYTHON3" "$scorer" --gold "$gold" --results "$tmp/results" -v \
  >"$tmp/score.out" 2>&1; then
  fail "score.py could not score"
  show "$tmp/score.out"
  finish
fi
# The scores first, then the misses for whoever reads the log.
grep -Ev '^    ' "$tmp/score.out"
grep -E '^    ' "$tmp/score.out" | head -n 60

# figure NAME: the scorer's figure for a measure: F1 for a detection line
# ("roles  P 0.969  R 1.000  F1 0.984 ..."), the accuracy for an attribute
# ("  role status  accuracy 1.000 ..."), the value of "overall F1 X".
figure() {
  awk -v name="$1" '
    { line = $0; sub(/^ +/, "", line) }
    index(line, name) == 1 {
      rest = substr(line, length(name) + 1)
      if (rest !~ /^ /) next
      n = split(rest, w, / +/)
      for (i = 1; i < n; i++)
        if (w[i] == "F1" || w[i] == "accuracy") { print w[i + 1]; exit }
      if (name == "overall F1") { print w[2]; exit }
    }' "$tmp/score.out"
}

nfloors=0
while IFS="$(printf '\t')" read -r measure floor; do
  case $measure in '' | '#'*) continue ;; esac
  nfloors=$((nfloors + 1))
  value=$(figure "$measure")
  if [ -z "$value" ]; then
    fail "$measure: not in the scorer's output"
  elif awk -v f="$value" -v m="$floor" 'BEGIN { exit !(f >= m) }'; then
    pass "$measure $value >= $floor"
  else
    fail "$measure $value < $floor"
  fi
done <"$floors"
[ "$nfloors" -gt 0 ] || fail "no floors read from $floors"

finish

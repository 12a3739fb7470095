#!/usr/bin/env bash
# Walks the bad-input corpus. Each folder under cases/ holds the files of one mistake and
# `expected`: the exit code on its first line, then spleis's stderr, byte for byte. spleis
# runs inside the case folder, so messages carry short relative paths and the corpus can
# live anywhere. `args` replaces the default `run scenario.yaml`; `expected-stdout`, when
# present, must match stdout too. A hang counts as a failure (timeout), and so does a
# sanitizer report, because it changes stderr. A case with a file `linux-only` (a Linux device
# like /dev/zero, which Windows does not have) is skipped when SPLEIS_WINDOWS=1 (spleis.exe
# under Wine, tools/windows-test.sh).
set -u
spleis=$1
cases=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

failed=0
count=0
skipped=0
for dir in "$cases"/*/; do
  dir=${dir%/}
  name=$(basename "$dir")
  if [ "${SPLEIS_WINDOWS:-0}" = 1 ] && [ -f "$dir/linux-only" ]; then
    skipped=$((skipped + 1))
    continue
  fi
  count=$((count + 1))
  args="run scenario.yaml"
  [ -f "$dir/args" ] && args=$(cat "$dir/args")
  # shellcheck disable=SC2086  # args are words on purpose
  (cd "$dir" && exec timeout 60 "$spleis" $args >"$scratch/stdout" 2>"$scratch/stderr")
  got=$?
  want=$(head -n 1 "$dir/expected")
  tail -n +2 "$dir/expected" >"$scratch/want-stderr"
  problem=""
  if [ "$got" -eq 124 ]; then
    problem="hung (no answer within 60 s)"
  elif [ "$got" -ne "$want" ]; then
    problem="exit code $got, expected $want"
  elif ! cmp -s "$scratch/want-stderr" "$scratch/stderr"; then
    problem="stderr differs"
  elif [ -f "$dir/expected-stdout" ] && ! cmp -s "$dir/expected-stdout" "$scratch/stdout"; then
    problem="stdout differs"
  fi
  if [ -n "$problem" ]; then
    failed=$((failed + 1))
    echo "FAIL $name: $problem"
    diff -u "$scratch/want-stderr" "$scratch/stderr" | sed 's/^/    /'
    [ -f "$dir/expected-stdout" ] && diff -u "$dir/expected-stdout" "$scratch/stdout" | sed 's/^/    /'
  fi
done
note=""
[ "$skipped" -gt 0 ] && note=" ($skipped Linux-only skipped)"
echo "$((count - failed)) of $count bad-input cases give the expected message and exit code$note"
[ "$count" -gt 0 ] && [ "$failed" -eq 0 ]

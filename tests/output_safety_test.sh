#!/usr/bin/env bash
# Output files appear whole or not at all, and an existing report survives any failure.
# A failure in the middle of writing is forced with a file size limit (ulimit -f, with
# SIGXFSZ ignored so that write() fails with EFBIG instead of killing spleis): the first
# kilobyte is written, the rest fails. Needs no privileges, no LD_PRELOAD and no small file system.
# Usage: output_safety_test.sh SPLEIS SOURCE_DIR
set -u
spleis=$1
cd "$2" || exit 1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail=0

check() {  # check NAME EXPECTED_EXIT EXPECTED_STDERR GOT_EXIT
  if [ "$4" -ne "$2" ] || [ "$(cat "$scratch/err")" != "$3" ]; then
    echo "FAIL $1: exit $4 (want $2)"
    echo "     got:  $(cat "$scratch/err")"
    echo "     want: $3"
    fail=1
  else
    echo "ok   $1"
  fi
}

# 1. Replacing an existing report, and the write fails after it began.
echo "the report of last year" > "$scratch/report.txt"
(trap '' XFSZ; ulimit -f 1; exec "$spleis" run scenarios/norway-2025.yaml --output "$scratch/report.txt") 2>"$scratch/err"
check "write fails midway over an existing file" 4 \
  "spleis: $scratch/report.txt: cannot write the output: File too large; the existing file is left as it was" $?
[ "$(cat "$scratch/report.txt")" = "the report of last year" ] || { echo "FAIL the existing file was changed"; fail=1; }
[ "$(find "$scratch" -name '.report.txt.*' | wc -l)" -eq 0 ] || { echo "FAIL a temporary file was left behind"; fail=1; }
# The same report is far bigger than the limit, so the failure really came after the write began.
"$spleis" run scenarios/norway-2025.yaml > "$scratch/whole.txt" 2>/dev/null
[ "$(stat -c %s "$scratch/whole.txt")" -gt 4096 ] || { echo "FAIL the report is too small to test a failure midway"; fail=1; }

# 2. A new file and the write fails: nothing appears.
(trap '' XFSZ; ulimit -f 1; exec "$spleis" run scenarios/norway-2025.yaml --format json --output "$scratch/new.json") 2>"$scratch/err"
check "write fails midway, new file" 4 "spleis: $scratch/new.json: cannot write the output: File too large" $?
[ ! -e "$scratch/new.json" ] || { echo "FAIL a partial new file was left"; fail=1; }
[ "$(find "$scratch" -name '.new.json.*' | wc -l)" -eq 0 ] || { echo "FAIL a temporary file was left behind"; fail=1; }

# 3. And without the limit the same command replaces the file whole.
"$spleis" run scenarios/norway-2025.yaml --output "$scratch/report.txt" 2>"$scratch/err"
check "the same write without the limit" 0 "" $?
cmp -s "$scratch/report.txt" "$scratch/whole.txt" || { echo "FAIL the replaced file is not the whole report"; fail=1; }

# 4. A folder that does not exist, and a "folder" that is a file.
"$spleis" run scenarios/salten-2019.yaml --output "$scratch/none/report.csv" 2>"$scratch/err"
check "folder does not exist" 4 "spleis: $scratch/none/report.csv: cannot write the output: the folder $scratch/none does not exist" $?
"$spleis" run scenarios/salten-2019.yaml --output "$scratch/report.txt/report.csv" 2>"$scratch/err"
check "folder is a file" 4 "spleis: $scratch/report.txt/report.csv: cannot write the output: $scratch/report.txt is a file, not a folder" $?

# 5. A folder that is not writable. Permission bits do not stop root (CI may run as root),
# so as root the check runs as the user nobody, or is reported as not done.
mkdir "$scratch/locked"
echo "kept" > "$scratch/locked/report.csv"
chmod 755 "$scratch"
chmod 555 "$scratch/locked"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null &&
     setpriv --reuid=65534 --regid=65534 --clear-groups test -r scenarios/salten-2019.yaml -a -x "$spleis"; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    echo "not checked: folder not writable (running as root, and cannot run spleis as nobody here)"
    as_user=(skip)
  fi
fi
if [ "${as_user[*]:-}" != skip ]; then
  "${as_user[@]}" "$spleis" run scenarios/salten-2019.yaml --output "$scratch/locked/report.csv" 2>"$scratch/err"
  check "folder not writable" 4 \
    "spleis: $scratch/locked/report.csv: cannot write the output: cannot create a file in the folder $scratch/locked: Permission denied; the existing file is left as it was" $?
  [ "$(cat "$scratch/locked/report.csv")" = kept ] || { echo "FAIL the existing file in the locked folder was changed"; fail=1; }
fi
chmod 755 "$scratch/locked"
exit $fail

#!/usr/bin/env bash
# spleis.exe as a Windows user meets it, under Wine (run by tools/windows-test.sh):
#   - a scenario saved by a Windows editor (CR LF) in a folder like
#     C:\Users\Kari Nordmann\Documents\Digi Vestland\, with æøå in its name, given as a
#     Windows path with backslashes: the same report as on Linux;
#   - a report written under a name with æøå, replacing an existing one;
#   - a report that is open in another program (held as Excel holds a workbook): exit 4, a
#     clear message, and the old file untouched.
# Usage: windows_cli_test.sh BUILD_WIN64_DIR LINUX_SPLEIS (from the repository root).
set -u
win=$(realpath "$1") linux=$(realpath "$2")
root=$(pwd)
run() { "$root/tests/windows/wine-run.sh" "$win/spleis.exe" "$@"; }
fail=0
bad() { echo "FAIL $*"; fail=1; }
ok() { echo "ok   $*"; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export WINEDEBUG=-all WINELOADER=/usr/lib/wine/wine64

# Wine shows the Linux file system as drive Z:, so /tmp/x is Z:\tmp\x.
windows_path() { printf 'Z:%s' "$1" | tr '/' '\\'; }

folder="$scratch/Users/Kari Nordmann/Documents/Digi Vestland"
mkdir -p "$folder/data" "$folder/models"
crlf() { sed 's/$/\r/' "$1" > "$2"; }
crlf models/digi-vestland.yaml "$folder/models/digi-vestland.yaml"
crlf scenarios/data/population_vestland_2020.csv "$folder/data/population_vestland_2020.csv"
sed 's#\.\./models/#models/#' scenarios/digi-vestland-2021.yaml > "$scratch/plain.yaml"
crlf "$scratch/plain.yaml" "$folder/Osterøy og Bjørnafjorden.yaml"
cp "$scratch/plain.yaml" "$folder/linux.yaml"
grep -q $'\r$' "$folder/Osterøy og Bjørnafjorden.yaml" || bad "the scenario copy has no CR LF"

scenario=$(windows_path "$folder/Osterøy og Bjørnafjorden.yaml")
run run "$scenario" > "$scratch/windows.txt" 2> "$scratch/err"
rc=$?
(cd "$folder" && "$linux" run linux.yaml) > "$scratch/linux.txt"
# The population file's name is shown as given; the rest must be the same byte for byte.
if [ $rc -eq 0 ] && diff <(grep -v '^Model:' "$scratch/windows.txt") <(grep -v '^Model:' "$scratch/linux.txt") > "$scratch/diff"; then
  ok "a CR LF scenario at $scenario gives Linux's report"
else
  bad "scenario under a Windows path: exit $rc, $(cat "$scratch/err")"; head -20 "$scratch/diff"
fi
grep -q "4630  Osterøy                  8 098     261 905 kr" "$scratch/windows.txt" || bad "Osterøy's line in UTF-8"

report="$folder/Rapport for Osterøy.csv"
echo "last week's report" > "$report"
if run run "$scenario" --format csv --output "$(windows_path "$report")" 2> "$scratch/err" &&
   grep -q "^4630,Osterøy,8098,261905.00," "$report"; then
  ok "an existing report named with æøå is replaced"
else
  bad "replacing $report: $(cat "$scratch/err")"
fi
[ -z "$(find "$folder" -name '*.tmp')" ] || bad "a temporary file was left behind"

workbook="$folder/Digi Vestland 2021.xlsx"
run run "$scenario" --format xlsx --output "$(windows_path "$workbook")" 2> "$scratch/err" || bad "workbook: $(cat "$scratch/err")"
cp "$workbook" "$scratch/before.xlsx"
# Held open as Excel holds a workbook, it cannot be replaced: exit 4, and the file is untouched.
/usr/lib/wine/wine64 "$win/hold_file.exe" "$(windows_path "$workbook")" 20 > "$scratch/held" 2>&1 < /dev/null &
holder=$!
for _ in $(seq 100); do grep -qs held "$scratch/held" && break; sleep 0.1; done
grep -q held "$scratch/held" || bad "hold_file did not open the workbook: $(cat "$scratch/held")"
run compare scenarios/digi-vestland-2021-options.yaml --format xlsx --output "$(windows_path "$workbook")" 2> "$scratch/err"
rc=$?
want="cannot write the output: the file is open in another program (a workbook open in Excel?) or read-only; close it and try again; the existing file is left as it was"
if [ $rc -eq 4 ] && grep -qF "$want" "$scratch/err" && cmp -s "$workbook" "$scratch/before.xlsx"; then
  ok "a workbook open in another program: exit 4, $(cat "$scratch/err")"
else
  bad "locked workbook: exit $rc (want 4), stderr: $(cat "$scratch/err")"
fi
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null
[ -z "$(find "$folder" -name '*.tmp')" ] || bad "a temporary file was left behind after the locked write"

# No libcurl for MinGW: the download says it is not here, exits 1 and writes nothing.
run population fetch --year 2026 -o "$(windows_path "$folder/population_norway_2026.csv")" > /dev/null 2> "$scratch/err"
rc=$?
want='spleis: `spleis population fetch` is not available in the Windows program (it is built without an HTTP library)'
if [ $rc -eq 1 ] && grep -qF "$want" "$scratch/err" && [ ! -e "$folder/population_norway_2026.csv" ]; then
  ok "population fetch: exit 1, not available on Windows"
else
  bad "population fetch: exit $rc (want 1), stderr: $(cat "$scratch/err")"
fi

if [ $fail -eq 0 ]; then echo "windows_cli_test: all passed"; else echo "windows_cli_test: FAILED"; fi
exit $fail

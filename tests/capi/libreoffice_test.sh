#!/usr/bin/env bash
# The spleis add-in in a live LibreOffice Calc: build spleis.oxt, install it into a throw-away
# profile, open the shipped example sheet headless, recalculate, and check Osterøy's amount
# and the array functions' column. soffice exits 0 even when it fails, so the values decide.
#
# Usage: libreoffice_test.sh LIBSPLEIS SOURCE_DIR
set -euo pipefail
library=$(realpath "$1")
source_dir=$(realpath "$2")

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
missing="LibreOffice is not installed; tools/setup.sh installs libreoffice-calc-nogui python3-uno libreoffice-dev zip"
command -v soffice >/dev/null || fail "soffice not found: $missing"
command -v unopkg >/dev/null || fail "unopkg not found: $missing"
[ -x /usr/lib/libreoffice/sdk/bin/unoidl-write ] || fail "unoidl-write not found: $missing"
/usr/bin/python3 -c 'import uno' 2>/dev/null || fail "python3 cannot import uno: $missing"
command -v zip >/dev/null || fail "zip not found: $missing"

work=$(mktemp -d /tmp/spleis-libreoffice.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$source_dir/examples/libreoffice/build-oxt.sh" "$library" "$work/spleis.oxt"

# The sheet reads ../../scenarios/... from its own folder; give it that layout in the sandbox.
mkdir -p "$work/tree/examples/libreoffice" "$work/home" "$work/out"
cp -r "$source_dir/scenarios" "$source_dir/models" "$work/tree/"
cp "$source_dir/examples/libreoffice/spleis-example.fods" "$source_dir/tests/capi/libreoffice_messages.fods" \
   "$work/tree/examples/libreoffice/"

# unopkg refuses to install into a user profile as root: then run LibreOffice as nobody. A
# clean environment keeps soffice away from the caller's runtime directories; HOME too, since
# soffice writes under $HOME/.config whatever the profile.
run=(env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8)
if [ "$(id -u)" -eq 0 ]; then
  chown -R nobody:nogroup "$work"
  run=(setpriv --reuid=nobody --regid=nogroup --clear-groups "${run[@]}")
fi
profile="-env:UserInstallation=file://$work/profile"
# Run from a folder where the sheet's relative scenario path cannot resolve by accident: the
# add-in must find it from the document's own location.
cd "$work/home"

# A profile made by unopkg alone lacks its build id, and the first soffice start would drop
# the extension: let soffice make the profile first.
"${run[@]}" soffice --headless --norestore --terminate_after_init "$profile" >/dev/null 2>&1 || true
"${run[@]}" unopkg add "$profile" "$work/spleis.oxt" || fail "unopkg add spleis.oxt failed"
listed=$("${run[@]}" unopkg list "$profile")
grep -q "Identifier: org.spleis.calc" <<<"$listed" || fail "spleis.oxt is not listed after unopkg add"

# Raw values (not as shown), comma-separated, UTF-8.
csv_filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false'
"${run[@]}" soffice --headless --norestore "$profile" --convert-to "$csv_filter" --outdir "$work/out" \
  "$work/tree/examples/libreoffice/spleis-example.fods" "$work/tree/examples/libreoffice/libreoffice_messages.fods" \
  >/dev/null 2>&1 || true
[ -s "$work/out/spleis-example.csv" ] || fail "soffice produced no CSV"
[ -s "$work/out/libreoffice_messages.csv" ] || fail "soffice produced no CSV of the messages sheet"

/usr/bin/python3 - "$work/out/spleis-example.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
errors = [f"row {r + 1}: {cell}" for r, row in enumerate(rows) for cell in row
          if cell.startswith(("#", "Err:"))]
if errors:
    sys.exit("FAIL: error values in the sheet: " + "; ".join(errors))
def number(cell):
    try:
        return float(cell)
    except ValueError:
        sys.exit(f"FAIL: expected a number, got {cell!r}")
amount, rate = number(rows[2][1]), number(rows[3][1])
osteroy = next(row for row in rows if row and row[0] == "4630")
total = next(row for row in rows if row and row[0] == "Total")
print(f"SPLEIS.AMOUNT(scenario; \"Osterøy\")  = {amount:,.0f} kr".replace(",", " "))
print(f"SPLEIS.SOLVED(scenario)             = {rate} kr per inhabitant")
print(f"SPLEIS.ALLOCATE row {osteroy[0]} {osteroy[1]}  = {number(osteroy[3]):,.0f} kr".replace(",", " "))
print(f"SPLEIS.ALLOCATEMODEL row {osteroy[0]} {osteroy[1]} = {number(osteroy[4]):,.0f} kr".replace(",", " "))
print(f"column totals: {number(total[3]):,.0f} kr and {number(total[4]):,.0f} kr".replace(",", " "))
checks = [
    (amount == 261905, "Osterøy pays 261 905 kr"),
    (abs(rate - 19.9932) < 0.00005, "the rate per inhabitant is 19.9932 kr"),
    (number(osteroy[3]) == 261905 and number(osteroy[4]) == 261905, "the array functions give Osterøy 261 905 kr"),
    (number(total[3]) == 10370000 and number(total[4]) == 10370000, "the 42 amounts add up to 10 370 000 kr"),
]
failed = [what for ok, what in checks if not ok]
if failed:
    sys.exit("FAIL: " + "; ".join(failed))
print("PASS: LibreOffice Calc computes Digi Vestland through libspleis")
PY

# Every failure shows its message in its cell, and SPLEIS.MESSAGE() repeats it.
/usr/bin/python3 - "$work/out/libreoffice_messages.csv" "$work/tree/examples/libreoffice" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
folder = sys.argv[2]
def at(row):  # row number as in the sheet
    return rows[row - 1][1]
expected = {
    3: 'spleis: no member "Oslo"; give a municipality code like 4601 or a name like Bergen',
    4: f"spleis: no scenario file {folder}/no-such-scenario.yaml (a relative path is read from the folder this "
       f"sheet is saved in, {folder})",
    5: f"no scenario file {folder}/no-such-scenario.yaml (a relative path is read from the folder this sheet is "
       f"saved in, {folder})",
    6: "spleis: population 2 of the range is empty, not a number of inhabitants",
    7: "spleis: population 2 of the range is the text 'many', not a number of inhabitants",
    8: "spleis: populations[0] must be a whole number of inhabitants, got 1000.5",
    9: "spleis: the members' share, 3 333 333.50 kr, is not a whole number "
       "of the rounding unit (1 kr)",
    10: "spleis: the budget cannot be met: all 2 members at the cap of 1 000 kr "
        "give 2 000 kr, the budget needs 3 000 kr",
    11: "spleis: rounding must be 0.01, 1, 100 or 1000 kroner (0: 1 krone), got 5",
    12: "rounding must be 0.01, 1, 100 or 1000 kroner (0: 1 krone), got 5",
    13: "1111144.5",
    15: "700",
    16: "",
    17: "500",
    18: "1033",
    19: "spleis: the amounts' range has 1 cell, but there are 2 populations: enter the array formula again in a "
        "range of 2 cells, as tall as the populations (Calc cuts an array to its range without a word)",
}
failed = []
for row, text in expected.items():
    got = at(row)
    ok = got == text if row not in (9, 10) else got.startswith(text)
    print(f"{'ok  ' if ok else 'FAIL'} B{row} {rows[row - 1][0]}: {got}")
    if not ok:
        failed.append(f"B{row}: expected {text!r}")
# D18:D19 is the whole array, and E18 its checked total: the budget.
whole = [rows[17][3], rows[18][3], rows[17][4]]
print(f"{'ok  ' if whole == ['1033', '1967', '3000'] else 'FAIL'} D18:D19 {whole[0]} and {whole[1]}, "
      f"E18 SPLEIS.TOTAL of them: {whole[2]}")
if whole != ["1033", "1967", "3000"]:
    failed.append(f"D18:D19 and E18: {whole}")
if not abs(float(at(14)) - 1111.0445) < 1e-9:
    failed.append(f"B14: the rate is {at(14)}")
if failed:
    sys.exit("FAIL: " + "; ".join(failed))
print("PASS: every failure shows its message in its cell")
PY

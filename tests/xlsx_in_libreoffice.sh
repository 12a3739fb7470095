#!/usr/bin/env bash
# Opens the workbooks spleis writes in a real spreadsheet program (LibreOffice Calc,
# headless), lets it recalculate every formula, exports the sheets to CSV and compares the
# values with spleis's own CSV reports. soffice exits 0 even when it fails, so the test
# checks the exported values, never the exit code alone.
set -euo pipefail
spleis=$1
command -v soffice >/dev/null || { echo "FAIL: soffice not found (tools/setup.sh installs libreoffice-calc-nogui)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work  # soffice writes under $HOME/.config even with its own profile

"$spleis" run scenarios/digi-vestland-2021.yaml --format xlsx --output "$work/run.xlsx"
"$spleis" run scenarios/digi-vestland-2021.yaml --format csv --output "$work/run.csv"
"$spleis" compare scenarios/digi-vestland-2021-options.yaml --format xlsx --output "$work/compare.xlsx"
"$spleis" compare scenarios/digi-vestland-2021-options.yaml --format csv --output "$work/compare.csv"
"$spleis" compare scenarios/digi-vestland-2021-who-joins.yaml --format xlsx --output "$work/joins.xlsx"
"$spleis" compare scenarios/digi-vestland-2021-who-joins.yaml --format csv --output "$work/joins.csv"
"$spleis" compare scenarios/digi-vestland-2021-options.yaml --format xlsx --lang nb --output "$work/bokmal.xlsx"

# Sheet -1 exports every sheet to its own file: <name>-<sheet>.csv. Values unformatted.
for book in run compare joins bokmal; do
  timeout 180 soffice --headless -env:UserInstallation=file://$work/profile \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/$book" "$work/$book.xlsx" >/dev/null 2>&1 || true
done

python3 - "$work" <<'PY'
import csv, glob, math, os, sys
work = sys.argv[1]
failures = []

def rows(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.reader(f))

def sheet(book, name):
    found = glob.glob(os.path.join(work, book, f'{book}-{name}.csv'))
    if not found:
        failures.append(f'{book}.xlsx: no sheet "{name}" after LibreOffice opened it (found: {os.listdir(os.path.join(work, book)) if os.path.isdir(os.path.join(work, book)) else "nothing"})')
        return []
    return rows(found[0])

def close(a, b, tolerance=1e-6):
    return math.isclose(float(a), float(b), rel_tol=tolerance, abs_tol=tolerance)

# 1. The run workbook's first sheet equals `spleis run --format csv`, member by member.
expected = {r[0]: r for r in rows(os.path.join(work, 'run.csv'))[1:]}
members = [r for r in sheet('run', 'Members') if r and r[0].isdigit()]
if len(members) != len(expected):
    failures.append(f'run.xlsx has {len(members)} member rows, the CSV report {len(expected)}')
for r in members:
    e = expected.get(r[0])
    if e is None:
        failures.append(f'run.xlsx: unknown member {r[0]}'); continue
    if r[1] != e[1] or r[2] != e[2] or not close(r[3], e[3], 0) or not close(r[4], e[4]) or r[5] != e[5]:
        failures.append(f'run.xlsx row {r} differs from the CSV report {e}')
total = [r for r in sheet('run', 'Members') if len(r) > 3 and r[1] == 'Total']
if not total or not close(total[0][3], 19470000, 0):
    failures.append(f'run.xlsx: the SUM formula gives {total[0][3] if total else "nothing"}, expected 19470000')

# The charts draw the members in the split only (a self-funded Bergen at 9.1 MNOK would
# flatten the other 42 bars): their columns, AA and AB, leave Bergen empty and hold the others.
import re, zipfile
with zipfile.ZipFile(os.path.join(work, 'run.xlsx')) as z:
    refs = re.findall(r'<c:f>([^<]*)</c:f>', z.read('xl/charts/chart1.xml').decode())
    title = ''.join(re.findall(r'<a:t>([^<]*)</a:t>', z.read('xl/charts/chart1.xml').decode()))
if 'Members!$AA$2:$AA$44' not in refs or 'Bergen pays 9 100 000 kr itself, not drawn' not in title:
    failures.append(f'run.xlsx: the bar chart reads {refs}, titled {title!r}')
for r in members:
    drawn = r[26] if len(r) > 26 else ''
    if (r[5] == 'self-funded') != (drawn == '') or (drawn and not close(drawn, r[3], 0)):
        failures.append(f'run.xlsx: member {r[0]} {r[5]} is drawn as {drawn!r}')

# 2. The comparison workbooks: one sheet per option, and the Δ formulas as LibreOffice computes
# them; a municipality that is not a member of an option is shown so, with no Δ (who-joins).
def check_comparison(book):
    report = rows(os.path.join(work, f'{book}.csv'))[1:]
    options = []
    for r in report:
        if r[0] not in options: options.append(r[0])
    comparison = sheet(book, 'Comparison')
    if not comparison:
        return report, options
    header = comparison[0]
    by_code = {r[0]: r for r in comparison[1:] if r and r[0].isdigit()}
    for r in report:
        k = options.index(r[0])
        letter = chr(ord('A') + k)
        row = by_code.get(r[1])
        if row is None:
            failures.append(f'{book}.xlsx: Comparison sheet lacks member {r[1]}'); continue
        amount = row[header.index(f'{letter}: {r[0]}')]
        if r[8] == 'not-a-member':
            if amount != 'not a member':
                failures.append(f'{book}.xlsx: {r[0]} {r[1]} shows {amount!r}, not "not a member"')
            continue
        if not close(amount, r[4], 0):
            failures.append(f'{book}.xlsx: Comparison sheet: {r[0]} {r[1]} amount {amount}, CSV {r[4]}')
        if k > 0 and r[5]:
            diff = row[header.index(f'{letter} Δ kr')]
            if not close(diff, r[5], 0):
                failures.append(f'{book}.xlsx: Comparison sheet: {r[0]} {r[1]} Δ {diff}, CSV {r[5]}')
        per = row[header.index(f'{letter} per inhabitant')]
        if not close(per, r[7]):
            failures.append(f'{book}.xlsx: Comparison sheet: {r[0]} {r[1]} per inhabitant {per}, CSV {r[7]}')
    return report, options

joins, _ = check_comparison('joins')
if not any(r[8] == 'not-a-member' for r in joins):
    failures.append('joins.csv: Kinn and Stad are members in every option')
report, options = check_comparison('compare')
# An option's sheet is named by its letter (Excel cuts names at 31 characters); its full
# name is in H1, uncut.
for k, name in enumerate(options):
    letter = chr(ord("A") + k)
    option_sheet = sheet('compare', f'Option {letter}')
    title = option_sheet[0][7] if option_sheet and len(option_sheet[0]) > 7 else ''
    if not title.startswith(f'{letter}: {name}'):
        failures.append(f'compare.xlsx: sheet "Option {letter}" has "{title}" in H1, not "{letter}: {name}"')
# In bokmål the sheets, the headings and the rounding read as Norwegian.
if not sheet('bokmal', 'Alternativ A'):
    failures.append('bokmal.xlsx has no sheet "Alternativ A"')
if (sheet('bokmal', 'Alternativ A') or [[]])[0][:3] != ['Kode', 'Kommune', 'Innbyggere']:
    failures.append(f'bokmal.xlsx: "Alternativ A" starts {(sheet("bokmal", "Alternativ A") or [[]])[0][:3]}')
bokmal_parameters = sheet('bokmal', 'Parametere')
if not any('hele kroner, største rest' in cell for r in bokmal_parameters for cell in r):
    failures.append('bokmal.xlsx: the Parametere sheet does not say "hele kroner, største rest"')
if not any('grunnbeløp (base_amount)' in r for r in bokmal_parameters):
    failures.append('bokmal.xlsx: the Parametere sheet does not name "grunnbeløp (base_amount)"')
for name in ('Summary', 'Parameters'):
    if not sheet('compare', name):
        failures.append(f'compare.xlsx has an empty {name} sheet')

for f in failures[:20]: print('FAIL', f)
if failures: sys.exit(1)
print(f'ok: {len(members)} members in run.xlsx and {len(report)} option rows in compare.xlsx match the CSV reports, as LibreOffice computed them')
PY

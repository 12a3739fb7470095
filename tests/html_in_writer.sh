#!/usr/bin/env bash
# A council paper is written in a word processor: the HTML reports must arrive there as real
# tables. LibreOffice Writer (headless) opens them as a user's paste would and saves them as
# .docx; the test reads the Word tables' cells back. soffice exits 0 even when it fails, so the
# test checks the cells, never the exit code alone.
set -euo pipefail
spleis=$1
command -v soffice >/dev/null || { echo "FAIL: soffice not found (tools/setup.sh installs libreoffice-writer-nogui)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work  # soffice writes under $HOME/.config even with its own profile

"$spleis" run scenarios/digi-vestland-2021.yaml --format html --lang nb --output "$work/run.html"
"$spleis" compare scenarios/digi-vestland-2021-options.yaml --format html --output "$work/compare.html"
"$spleis" explain scenarios/digi-vestland-2021.yaml --member Osterøy --format html --lang nn --output "$work/explain.html"

timeout 180 soffice --headless -env:UserInstallation=file://$work/profile --infilter="HTML (StarWriter)" \
  --convert-to 'docx:MS Word 2007 XML' --outdir "$work/docx" "$work/run.html" "$work/compare.html" "$work/explain.html" \
  >/dev/null 2>&1 || true

python3 - "$work" <<'PY'
import html, os, re, sys, zipfile
work = sys.argv[1]
failures = []

def tables(name):
    """The document's tables as lists of rows of cell texts (no-break spaces as spaces)."""
    path = os.path.join(work, 'docx', name + '.docx')
    if not os.path.exists(path):
        failures.append(f'{name}.html: LibreOffice Writer wrote no {name}.docx')
        return []
    xml = zipfile.ZipFile(path).read('word/document.xml').decode()
    found = []
    for table in re.findall(r'<w:tbl>.*?</w:tbl>', xml, re.S):
        rows = []
        for row in re.findall(r'<w:tr[ >].*?</w:tr>', table, re.S):
            cells = re.findall(r'<w:tc>.*?</w:tc>', row, re.S)
            rows.append([html.unescape(''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>', c))).replace('\xa0', ' ') for c in cells])
        found.append(rows)
    return found

run = tables('run')
members = run[0] if run else []
if len(members) != 1 + 43 + 1:
    failures.append(f'run.docx: the members table has {len(members)} rows, not a heading, 43 members and the total')
if members and members[0] != ['Kode', 'Kommune', 'Innbyggere', 'Beløp', 'Per innbygger', 'Grense']:
    failures.append(f'run.docx: the heading row is {members[0]}')
if ['4630', 'Osterøy', '8 098', '261 905 kr', '32,34 kr', ''] not in members:
    failures.append('run.docx: no cell row 4630 | Osterøy | 8 098 | 261 905 kr | 32,34 kr')
if members and members[-1][1:4] != ['Sum (43 medlemmer)', '636 531', '19 470 000 kr']:
    failures.append(f'run.docx: the total row is {members[-1]}')
if not any(r and r[0] == 'tak (cap)' and r[1] == '500 000 kr' for t in run for r in t):
    failures.append('run.docx: the parameters table has no row "tak (cap)" of 500 000 kr')

compare = tables('compare')
widest = max((len(r) for t in compare for r in t), default=0)
if widest > 8:
    failures.append(f'compare.docx: a table {widest} cells wide does not fit a portrait page')
if not compare or ['4630', 'Osterøy', '8 098', '261 905 kr', '238 162 kr', '246 905 kr', '241 076 kr', '291 084 kr'] not in compare[0]:
    failures.append('compare.docx: no row for Osterøy with its five amounts')
if not any(r[:3] == ['4630', 'Osterøy', '-23 743 kr (-9.1 %)'] for t in compare for r in t):
    failures.append('compare.docx: no change from A for Osterøy under option B')

explain = os.path.join(work, 'docx', 'explain.docx')
text = zipfile.ZipFile(explain).read('word/document.xml').decode() if os.path.exists(explain) else ''
if 'Osterøy (4630)' not in text or 'runda opp til 261' not in text.replace('\xa0', ' '):
    failures.append('explain.docx: the heading or the rounding step is missing')

for f in failures: print('FAIL', f)
if failures: sys.exit(1)
print(f'ok: {len(members) - 2} members, the total and the parameters arrive in Writer as table cells; the comparison is {widest} cells wide')
PY

#!/usr/bin/env bash
# The command line as a user meets it: exit codes, messages, and output files that are
# written whole or not at all.
set -u
spleis=$1
fail=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

expect() {  # expect NAME EXIT_CODE STDERR_SUBSTRING -- command...
  local name=$1 code=$2 message=$3; shift 4
  "$@" >"$scratch/out" 2>"$scratch/err"
  local got=$?
  if [ "$got" -ne "$code" ] || { [ -n "$message" ] && ! grep -qF -- "$message" "$scratch/err"; }; then
    echo "FAIL $name: exit $got (want $code), stderr: $(cat "$scratch/err")"
    fail=1
  else
    echo "ok   $name"
  fi
}

expect "run succeeds" 0 "" -- "$spleis" run scenarios/digi-vestland-2021.yaml
grep -q "Osterøy" "$scratch/out" || { echo "FAIL run prints Osterøy"; fail=1; }
grep -q "19 470 000 kr  = budget 19 470 000 kr, balanced to the øre" "$scratch/out" || { echo "FAIL run prints the balance"; fail=1; }

expect "csv" 0 "" -- "$spleis" run scenarios/salten-2019.yaml --format csv
[ "$(head -1 "$scratch/out")" = "code,name,population,amount,amount_per_inhabitant,limit" ] || { echo "FAIL csv header"; fail=1; }
grep -q "^1804,Bodø,52024,110000.00,2.114409,none$" "$scratch/out" || { echo "FAIL csv row"; fail=1; }

expect "json" 0 "" -- "$spleis" run scenarios/kommit-fund.yaml --format json
grep -q '"total_ore": 25000000000' "$scratch/out" || { echo "FAIL json total"; fail=1; }

expect "help" 0 "" -- "$spleis" --help
grep -q "run" "$scratch/out" || { echo "FAIL help lists run"; fail=1; }
expect "run --help" 0 "" -- "$spleis" run --help
grep -q -- "--format" "$scratch/out" || { echo "FAIL run --help lists --format"; fail=1; }

expect "version" 0 "" -- "$spleis" --version
grep -qE "^spleis [0-9]+\.[0-9]+\.[0-9]+$" "$scratch/out" || { echo "FAIL --version prints spleis and the version"; fail=1; }
for command in run explain compare sweep calibrate validate; do
  "$spleis" "$command" --help >"$scratch/help" 2>&1
  tail -n 1 "$scratch/help" | grep -q "^Example: spleis $command " || { echo "FAIL $command --help ends with an example of $command"; fail=1; }
done
expect "validate" 0 "" -- "$spleis" validate scenarios/digi-vestland-2021.yaml
grep -q "ok (43 members, rule base_plus_per_inhabitant)" "$scratch/out" || { echo "FAIL validate output"; fail=1; }

expect "missing file" 1 "scenarios/nothing.yaml: cannot open scenario file: No such file or directory" -- "$spleis" run scenarios/nothing.yaml
expect "unknown format" 2 "--format" -- "$spleis" run scenarios/salten-2019.yaml --format pdf
expect "no subcommand" 2 "" -- "$spleis"

# An infeasible budget: exit 3, and an existing output file is left as it was.
sed 's/budget: 19 470 000/budget: 40 000 000/' scenarios/digi-vestland-2021.yaml > "$scratch/infeasible.yaml"
sed -i "s#\.\./models/#$PWD/models/#; s#file: data/#file: $PWD/scenarios/data/#" "$scratch/infeasible.yaml"
echo "previous report" > "$scratch/report.csv"
expect "infeasible" 3 "all 42 members at the cap of 500 000 kr give 21 000 000 kr, the budget needs 30 900 000 kr" -- \
  "$spleis" run "$scratch/infeasible.yaml" --format csv --output "$scratch/report.csv"
[ "$(cat "$scratch/report.csv")" = "previous report" ] || { echo "FAIL output file was touched on error"; fail=1; }

# The same refusal in the user's language, with every command taking --lang (issue 31).
expect "infeasible in bokmål" 3 "budsjettet kan ikke nås: alle 42 medlemmer på taket på 500 000 kr gir 21 000 000 kr, budsjettet trenger 30 900 000 kr" -- \
  "$spleis" run "$scratch/infeasible.yaml" --lang nb
grep -q "det laveste taket som når budsjettet, er 735 715 kr" "$scratch/err" || { echo "FAIL the lowest cap, in bokmål"; fail=1; }
expect "infeasible in nynorsk" 3 "budsjettet kan ikkje nåast: alle 42 medlemene på taket på 500 000 kr" -- \
  "$spleis" run "$scratch/infeasible.yaml" --lang nn
for command in validate sweep calibrate new population; do
  "$spleis" "$command" --help | grep -q -- "--lang" || { echo "FAIL $command takes --lang"; fail=1; }
done
expect "validate --lang nb" 0 "" -- "$spleis" validate scenarios/digi-vestland-2021.yaml --lang nb
expect "a swept cap too large names its --param" 1 "spleis: --param cap=0..2e12:1e12: cap must be at most 1 000 000 000 000 kr, got 2000000000000" -- \
  "$spleis" sweep scenarios/digi-vestland-2021.yaml --param cap=0..2e12:1e12
sed 's/^rounding: krone.*/rounding: krone\nparameters:\n  cap: 50 000/' scenarios/digi-vestland-2021.yaml > "$scratch/low-cap.yaml"
sed -i "s#\.\./models/#$PWD/models/#; s#file: data/#file: $PWD/scenarios/data/#" "$scratch/low-cap.yaml"
expect "a cap below the base, in nynorsk" 1 "taket 50 000 kr er lågare enn grunnbeløpet 100 000 kr" -- \
  "$spleis" run "$scratch/low-cap.yaml" --lang nn

expect "output written" 0 "" -- "$spleis" run scenarios/salten-2019.yaml --format csv --output "$scratch/report.csv"
grep -q "^1804,Bodø" "$scratch/report.csv" || { echo "FAIL output file content"; fail=1; }
[ -z "$(find "$scratch" -name '.report.csv.*')" ] || { echo "FAIL temporary file left behind"; fail=1; }

expect "output folder missing" 4 "cannot write the output: the folder $scratch/none does not exist" -- \
  "$spleis" run scenarios/salten-2019.yaml --output "$scratch/none/report.txt"

expect "explain" 0 "" -- "$spleis" explain scenarios/digi-vestland-2021.yaml --member Osterøy
grep -q "19.9932 kr × 8 098 inhabitants = 161 904.87 kr" "$scratch/out" || { echo "FAIL explain shows the per-inhabitant step"; fail=1; }
grep -q "cap 500 000 kr not reached" "$scratch/out" || { echo "FAIL explain shows the cap"; fail=1; }
expect "explain by code" 0 "" -- "$spleis" explain scenarios/digi-vestland-2021.yaml --member 4624
grep -q "cap 500 000 kr reached: pays 500 000 kr instead of 597 990.42 kr" "$scratch/out" || { echo "FAIL explain a capped member"; fail=1; }
expect "explain unknown member" 1 'municipality 9999 is not in this scenario'"'"'s members' -- \
  "$spleis" explain scenarios/salten-2019.yaml --member 9999
expect "explain an option" 0 "" -- "$spleis" explain scenarios/digi-vestland-2021-options.yaml --member Osterøy --option B
grep -q "^Option B: Per inhabitant only$" "$scratch/out" || { echo "FAIL explain --option B names the option"; fail=1; }
grep -q "29.4099 kr × 8 098 inhabitants" "$scratch/out" || { echo "FAIL explain --option B explains under option B"; fail=1; }
expect "explain an option, nynorsk" 0 "" -- "$spleis" explain scenarios/digi-vestland-2021-options.yaml --member Osterøy --option B --lang nn
grep -q "^Alternativ B: Per inhabitant only$" "$scratch/out" || { echo "FAIL explain --option B --lang nn: Alternativ B"; fail=1; }
expect "explain a plan, bokmål" 0 "" -- "$spleis" explain scenarios/digi-vestland-2022-2025.yaml --member Osterøy --lang nb
grep -q "^Budsjettår 2023:$" "$scratch/out" || { echo "FAIL explain a plan --lang nb: Budsjettår 2023"; fail=1; }
expect "explain an option by name" 0 "" -- "$spleis" explain scenarios/digi-vestland-2021-options.yaml --member 4630 --option "Equal split"
grep -q "^Option C: Equal split$" "$scratch/out" || { echo "FAIL explain --option by name"; fail=1; }
expect "explain an unknown option" 1 'no option "Z"; the options are A (' -- \
  "$spleis" explain scenarios/digi-vestland-2021-options.yaml --member 4630 --option Z
expect "trace" 0 "" -- "$spleis" run --trace scenarios/digi-vestland-2021.yaml
grep -q '"code": "4630", "name": "Osterøy"' "$scratch/out" || { echo "FAIL trace has Osterøy"; fail=1; }

expect "compare" 0 "" -- "$spleis" compare scenarios/digi-vestland-2021-options.yaml
grep -q "E  Base 50 000 kr" "$scratch/out" || { echo "FAIL compare legend"; fail=1; }
expect "compare csv" 0 "" -- "$spleis" compare scenarios/digi-vestland-2021-options.yaml --format csv
grep -q "^Equal split,4601,Bergen,283929,9100000.00,0.00,0.0000,32.050266,self-funded$" "$scratch/out" || { echo "FAIL compare csv row"; fail=1; }
expect "compare files" 0 "" -- "$spleis" compare scenarios/digi-vestland-2021.yaml scenarios/digi-vestland-2021-options.yaml
expect "compare different members" 0 "" -- "$spleis" compare scenarios/digi-vestland-2021.yaml scenarios/salten-2019.yaml
grep -q "^1804  Bodø .* not a member " "$scratch/out" || { echo "FAIL compare different members: Bodø not a member"; fail=1; }
expect "compare who joins" 0 "" -- "$spleis" compare scenarios/digi-vestland-2021-who-joins.yaml --lang nn
grep -q "^4602  Kinn .* ikkje medlem " "$scratch/out" || { echo "FAIL who joins: Kinn ikkje medlem"; fail=1; }
grep -q "^B  Kinn and Stad stay out  *41  *19 470 000 kr  beløp per innbyggjar (per_inhabitant) 24,3337 kr per innbyggjar" "$scratch/out" ||
  { echo "FAIL who joins: summary of Kinn and Stad"; fail=1; }
expect "compare who joins csv" 0 "" -- "$spleis" compare scenarios/digi-vestland-2021-who-joins.yaml --format csv
grep -q "^Kinn and Stad stay out,4649,Stad,9457,,,,,not-a-member$" "$scratch/out" || { echo "FAIL who joins csv: Stad"; fail=1; }
grep -q "^Kinn and Stad stay out,4630,Osterøy,8098,297055.00,35150.00,13.4209,36.682514,none$" "$scratch/out" ||
  { echo "FAIL who joins csv: Osterøy"; fail=1; }
expect "compare who joins json" 0 "" -- "$spleis" compare scenarios/digi-vestland-2021-who-joins.yaml --format json
grep -q '"name": "Kinn and Stad stay out", "rule": "base_plus_per_inhabitant", "members": 41, "paying": 41' "$scratch/out" ||
  { echo "FAIL who joins json"; fail=1; }
cat > "$scratch/no-grant.yaml" <<EOF
title: Salten without Iris-fondet
year: 2019
model: $PWD/models/smartere-salten.yaml
population:
  file: $PWD/scenarios/data/population_salten_2019.csv
members: all
budget: 4 200 000
external_funding:
  - name: Iris-fondet
    amount: 2 100 000
parameters:
  cap: 250 000
options:
  - name: No Iris-fondet
    external_funding:
      - name: Iris-fondet
        amount: none
EOF
expect "option's funding removed: infeasible" 3 'option "No Iris-fondet": the budget cannot be met: all 10 members at the cap of 250 000 kr give 2 500 000 kr, the budget needs 4 200 000 kr' -- \
  "$spleis" compare "$scratch/no-grant.yaml"

expect "grow" 0 "" -- "$spleis" grow scenarios/kommit-fund.yaml --levy 20 --levy 23.46
grep -q "^ 422  Utsira .*  422   5 328 212  106 564 240 kr  106 564 240 kr  213 128 480 kr   -36 871 520 kr  124 999 854 kr .* 249 999 708 kr  *-292 kr  *23.4600 kr$" "$scratch/out" ||
  { echo "FAIL grow: the last step"; fail=1; }
expect "grow csv" 0 "" -- "$spleis" grow scenarios/kommit-fund.yaml --format csv --order smallest-first
[ "$(wc -l < "$scratch/out")" -eq 423 ] || { echo "FAIL grow csv: 422 steps"; fail=1; }
expect "grow needs a fund" 1 "a fund's growth needs the matched_fund rule" -- "$spleis" grow scenarios/digi-vestland-2021.yaml
expect "grow order" 1 "--order is largest-first, smallest-first, county or a list of members" -- \
  "$spleis" grow scenarios/kommit-fund.yaml --order biggest
expect "sweep" 0 "" -- "$spleis" sweep scenarios/digi-vestland-2021.yaml --param base_amount=0..200000:100000
[ "$(head -1 "$scratch/out")" = "base_amount,code,amount" ] || { echo "FAIL sweep header"; fail=1; }
grep -q "^100000,4630,261905.00$" "$scratch/out" || { echo "FAIL sweep row for Osterøy"; fail=1; }
expect "sweep summary" 0 "" -- "$spleis" sweep scenarios/digi-vestland-2021.yaml --param base_amount=0..300000:50000 --summary
grep -q "^300000,the budget cannot be met,,,,,,$" "$scratch/out" || { echo "FAIL sweep summary infeasible row"; fail=1; }
expect "sweep empty range" 1 'the range is empty (TO is below FROM)' -- "$spleis" sweep scenarios/digi-vestland-2021.yaml --param base_amount=10..0:1
expect "sweep huge" 1 'the grid has 1 001 000 points; the limit is 1 000 000' -- \
  "$spleis" sweep scenarios/digi-vestland-2021.yaml --param base_amount=0..999:1 --param cap=500000..501000:1 --summary
expect "sweep long too big" 1 'rows (the limit is 50 000 000); use --summary' -- \
  "$spleis" sweep scenarios/norway-2025.yaml --param base_amount=0..999:1 --param cap=500000..500999:1

expect "xlsx needs a file" 2 "--format xlsx writes a workbook; give it a file with --output, e.g. --output report.xlsx" -- \
  "$spleis" run scenarios/digi-vestland-2021.yaml --format xlsx
expect "xlsx written" 0 "" -- "$spleis" compare scenarios/digi-vestland-2021-options.yaml --format xlsx --output "$scratch/c.xlsx"
[ "$(head -c 2 "$scratch/c.xlsx")" = "PK" ] || { echo "FAIL xlsx is a zip file"; fail=1; }

expect "bands" 0 "" -- "$spleis" run scenarios/fiks-folkeregister-2021.yaml --format csv
grep -q "^4630,Osterøy,8098,10000.00,1.234873,none$" "$scratch/out" || { echo "FAIL bands csv row for Osterøy"; fail=1; }
expect "bands compare" 0 "" -- "$spleis" compare scenarios/fiks-folkeregister-2021-options.yaml
grep -q "band_scale 1.241" "$scratch/out" || { echo "FAIL bands compare shows band_scale"; fail=1; }

expect "calibrate" 0 "" -- "$spleis" calibrate scenarios/digi-vestland-2021-calibrate.yaml
grep -q "^  base_amount: 104363.30$" "$scratch/out" || { echo "FAIL calibrate prints base_amount"; fail=1; }
grep -q "Every fact is met to the øre." "$scratch/out" || { echo "FAIL calibrate meets the facts"; fail=1; }
expect "calibrate json" 0 "" -- "$spleis" calibrate scenarios/digi-vestland-2021-calibrate.yaml --format json
grep -q '"facts_agree": true' "$scratch/out" || { echo "FAIL calibrate json"; fail=1; }
expect "run a calibration" 1 "base_amount is \`calibrate\`: find it from the facts with \`spleis calibrate scenarios/digi-vestland-2021-calibrate.yaml\`" -- \
  "$spleis" run scenarios/digi-vestland-2021-calibrate.yaml

expect "multi-year run" 0 "" -- "$spleis" run scenarios/digi-vestland-2022-2025.yaml --format csv
grep -q "^total,4630,Osterøy,8141,1084025.00,133.156246,none$" "$scratch/out" || { echo "FAIL multi-year csv total row"; fail=1; }
expect "multi-year table" 0 "" -- "$spleis" run scenarios/digi-vestland-2022-2025.yaml
grep -q "Total 2022–2025" "$scratch/out" || { echo "FAIL multi-year table header"; fail=1; }
expect "multi-year compare" 0 "" -- "$spleis" compare scenarios/digi-vestland-2022-2025.yaml --format csv
grep -q "^total,Per inhabitant only,4630,Osterøy,8141,992174.00,-91851.00,-8.4731,121.873726,none$" "$scratch/out" || { echo "FAIL multi-year compare total row"; fail=1; }
expect "multi-year validate" 0 "" -- "$spleis" validate scenarios/digi-vestland-2022-2025.yaml
grep -q "ok (43 members, rule base_plus_per_inhabitant, budget years 2022–2025)" "$scratch/out" || { echo "FAIL multi-year validate"; fail=1; }
expect "multi-year xlsx" 1 "--format xlsx is not available for a scenario of several budget years; use table, csv or json" -- \
  "$spleis" run scenarios/digi-vestland-2022-2025.yaml --format xlsx --output "$scratch/plan.xlsx"
expect "shortfall compare" 0 "" -- "$spleis" compare scenarios/digi-vestland-2021-cut.yaml --format csv
grep -q "^Talmud rule,4630,Osterøy,8098,202882.00," "$scratch/out" || { echo "FAIL shortfall compare row"; fail=1; }

exit $fail

#!/usr/bin/env bash
# spleis new as a user meets it: the scenario it writes runs as written, the shipped
# Hallingdal scenario is exactly what it writes, and mistakes are command-line errors (exit 2).
set -u
spleis=$1
fail=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/scenarios/data"
cp scenarios/data/population_norway_2024.csv "$scratch/scenarios/data/"
repo=$PWD

check() {  # check NAME EXIT_CODE STDERR_SUBSTRING -- command... (run in the scratch folder)
  local name=$1 code=$2 message=$3; shift 4
  (cd "$scratch" && "$@") >"$scratch/out" 2>"$scratch/err"
  local got=$?
  if [ "$got" -ne "$code" ] || { [ -n "$message" ] && ! grep -qF -- "$message" "$scratch/err"; }; then
    echo "FAIL $name: exit $got (want $code), stderr: $(cat "$scratch/err")"; fail=1
  else
    echo "ok   $name"
  fi
}

hallingdal=(--title "Hallingdal digitalisation 2025" --year 2025 --rule mixed_key --members Flå,Nesbyen,Gol,Hemsedal,Ål,Hol
            --budget "6 400 000" --param "equal_fraction=40 %" --cap "1 500 000" --funding "Regional grant=400 000")
check "new Hallingdal" 0 "" -- "$spleis" new scenarios/hallingdal-2025.yaml "${hallingdal[@]}"
cmp -s "$scratch/scenarios/hallingdal-2025.yaml" "$repo/scenarios/hallingdal-2025.yaml" ||
  { echo "FAIL the shipped scenarios/hallingdal-2025.yaml is not what spleis new writes:"; diff "$repo/scenarios/hallingdal-2025.yaml" "$scratch/scenarios/hallingdal-2025.yaml"; fail=1; }
check "it runs as written" 0 "" -- "$spleis" run scenarios/hallingdal-2025.yaml --format csv
grep -q "^3320,Flå,1115,586083.00," "$scratch/out" || { echo "FAIL Flå pays 586 083 kr (400 000 + 60 % of 6 MNOK × 1 115 / 21 571)"; fail=1; }
check "it is not overwritten" 2 "scenarios/hallingdal-2025.yaml exists; spleis new writes a new file (give --force to replace it)" -- \
  "$spleis" new scenarios/hallingdal-2025.yaml "${hallingdal[@]}"

for rule in equal_split per_inhabitant base_plus_per_inhabitant mixed_key; do
  check "new $rule runs as written" 0 "" -- "$spleis" new "scenarios/$rule.yaml" --year 2025 --rule "$rule" --members "county:33" --budget "1 000 000"
  check "run $rule" 0 "" -- "$spleis" run "scenarios/$rule.yaml"
  grep -q "balanced to the øre" "$scratch/out" || { echo "FAIL $rule balances"; fail=1; }
done
check "a model file of its own" 0 "" -- \
  "$spleis" new sub/s.yaml --year 2025 --rule per_inhabitant --members 3320,Gol --budget "100 000" --model models/m.yaml \
  --population scenarios/data/population_norway_2024.csv
grep -q "^wrote sub/s.yaml and models/m.yaml; run it with: spleis run sub/s.yaml$" "$scratch/out" || { echo "FAIL new says what it wrote"; fail=1; }
grep -q "^model: ../models/m.yaml " "$scratch/sub/s.yaml" || { echo "FAIL the model file is named relative to the scenario"; fail=1; }
grep -q "^  file: ../scenarios/data/population_norway_2024.csv " "$scratch/sub/s.yaml" || { echo "FAIL the population file is named relative to the scenario"; fail=1; }
check "and it runs" 0 "" -- "$spleis" run sub/s.yaml
check "an existing model" 0 "" -- "$spleis" new sub/t.yaml --year 2025 --members all --budget "100 000" --model models/m.yaml \
  --population scenarios/data/population_norway_2024.csv
check "and that runs" 0 "" -- "$spleis" validate sub/t.yaml

check "a name two share" 2 '"Herøy" is the name of 2 municipalities in the population table scenarios/data/population_norway_2024.csv: 1515 Herøy (Møre og Romsdal) and 1818 Herøy (Nordland)' -- \
  "$spleis" new x.yaml --year 2025 --rule equal_split --members Herøy --budget 1000
check "a typo" 2 "did you mean 3320 Flå?" -- "$spleis" new x.yaml --year 2025 --rule equal_split --members Fla --budget 1000
check "40/60" 1 'equal_fraction: "40/60" reads two ways' -- \
  "$spleis" new x.yaml --year 2025 --rule mixed_key --members Flå,Gol --budget 1000 --param equal_fraction=40/60
check "no table for the year" 2 "no population table for budget year 2040 found (population_norway_2039.csv" -- \
  "$spleis" new x.yaml --year 2040 --rule equal_split --members Flå --budget 1000
check "a rule it cannot write" 2 "for population_bands start from a shipped model with --model" -- \
  "$spleis" new x.yaml --year 2025 --rule population_bands --members Flå --budget 1000
[ ! -e "$scratch/x.yaml" ] || { echo "FAIL a refused scenario is not written"; fail=1; }
exit $fail

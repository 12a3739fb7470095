#!/usr/bin/env bash
# The program as installed (cmake --install into a prefix with a space and æøå in it, run from
# another folder): it finds the shipped tables and its XLSX plugin in the installed tree, not in
# the build tree, and runs the installed scenario.
#
# Usage: install_program_test.sh BUILD_DIR
set -uo pipefail
build_dir=$1
work=$(mktemp -d /tmp/spleis-installed.XXXXXX)
trap 'rm -rf "$work"' EXIT
prefix="$work/Kari Nordmann/spleis på øy"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

cmake --install "$build_dir" --prefix "$prefix" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }
spleis=$prefix/bin/spleis
share=$prefix/share/spleis
mkdir "$work/elsewhere" && cd "$work/elsewhere" || exit 1

"$spleis" run "$share/scenarios/digi-vestland-2021.yaml" > run.txt || bad "spleis run the installed scenario"
grep -Eq '^4630  Osterøy +8 098 +261 905 kr' run.txt || bad "Osterøy's 261 905 kr not in the run"

"$spleis" population --year 2020 > population.txt || bad "spleis population --year 2020"
head -n 1 population.txt | grep -q "^$share/scenarios/data/population_norway_2020.csv: " ||
  bad "population read from $(head -c 120 population.txt), not from $share/scenarios/data"

"$spleis" new mine.yaml --year 2025 --rule equal_split --members Flå,Gol --budget "100 000" > new.txt ||
  bad "spleis new without --population in an empty folder"
grep -q "share/spleis/scenarios/data/population_norway_2024.csv" mine.yaml || bad "spleis new did not name the shipped table"
"$spleis" run mine.yaml | grep -Eq '^3320  Flå +[0-9 ]+ +50 000 kr' || bad "the new scenario does not run to 50 000 kr for Flå"

"$spleis" run "$share/scenarios/digi-vestland-2021.yaml" --format xlsx --output report.xlsx ||
  bad "the installed program's workbook (its XLSX plugin)"
[ "$(head -c 2 report.xlsx 2>/dev/null)" = PK ] || bad "report.xlsx is not a workbook"

if [ -e "$build_dir/spleis-serve" ]; then
  "$spleis" serve --help | grep -q "^Usage: spleis serve" || bad "spleis serve does not run the installed spleis-serve"
fi
[ -f "$prefix/share/man/man1/spleis.1.gz" ] || bad "no man page installed"
find "$prefix" -name spleis-xlsx.so | grep -q "/lib/.*spleis/spleis-xlsx.so$" || bad "spleis-xlsx.so not in lib/.../spleis/"
[ $fail -eq 0 ] && echo "installed spleis: runs, finds its tables in $share/scenarios/data and its XLSX plugin"
exit $fail

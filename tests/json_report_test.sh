#!/usr/bin/env bash
# `spleis run --format json` prints exactly the bytes it printed before the report moved onto
# nlohmann-json (tests/json/*.json were written by the hand-made writer): a plain allocation,
# a shortfall, a price list and external funding.
set -uo pipefail
spleis=$1
fail=0
for expected in tests/json/*.json; do
    scenario=scenarios/$(basename "$expected")
    scenario=${scenario%.json}.yaml
    if ! "$spleis" run "$scenario" --format json | cmp -s - "$expected"; then
        echo "FAIL $scenario: the JSON differs from $expected:"
        "$spleis" run "$scenario" --format json | diff "$expected" - | head -20
        fail=1
    fi
done
exit $fail

"""Times the peers on each problem and checks their amounts against spleis's to the krone.
Prints one JSON object: {problem: {peer: seconds per solve}} after the checks pass."""
import json
import subprocess
import sys
import timeit

import loop_peer
import numpy_peer
from problems import problems


def spleis_amounts(spleis, scenario):
    out = subprocess.run([spleis, 'run', scenario, '--format', 'csv'], check=True, capture_output=True, text=True).stdout
    rows = [line.split(',') for line in out.splitlines()[1:]]
    return {r[0]: float(r[3]) for r in rows}


def main():
    spleis = sys.argv[1]
    scenarios = {'digi_vestland_43': 'scenarios/digi-vestland-2021.yaml', 'norway_357': 'scenarios/norway-2025.yaml'}
    results = {}
    for name, (members, budget, base, cap, self_funded) in problems().items():
        paying = [(c, p) for c, p in members if c != self_funded]
        populations = [p for _, p in paying]
        expected = spleis_amounts(spleis, scenarios[name])
        results[name] = {}
        for peer in (numpy_peer, loop_peer):
            _, amounts = peer.solve(populations, budget, base, cap)
            worst = max(abs(float(a) - expected[c]) for (c, _), a in zip(paying, amounts))
            if worst > 1.0:
                sys.exit(f'{peer.__name__} differs from spleis by {worst} kr on {name}')
            runs = 200 if peer is numpy_peer else 20
            seconds = timeit.timeit(lambda: peer.solve(populations, budget, base, cap), number=runs) / runs
            results[name][peer.__name__] = seconds
    print(json.dumps(results))


main()

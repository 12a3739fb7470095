"""Times the peers on each problem and checks their amounts against spleis's to the krone.
Prints one JSON object: {problem: {peer: seconds per solve}} after the checks pass.
Usage: run_peers.py SPLEIS_PROGRAM LIBSPLEIS"""
import json
import os
import subprocess
import sys
import timeit

import loop_peer
import numpy_peer
from problems import ROOT, problems

sys.path.insert(0, os.path.join(ROOT, 'python'))
import spleis  # noqa: E402  (the ctypes module in python/)


def spleis_amounts(program, library, scenario, members, budget, base, cap):
    """code -> amount in kroner: from `spleis run` on the scenario file, or from the C API for
    members that are in no file (the synthetic ones)."""
    if scenario:
        out = subprocess.run([program, 'run', os.path.join(ROOT, scenario), '--format', 'csv'], check=True,
                             capture_output=True, text=True).stdout
        rows = [line.split(',') for line in out.splitlines()[1:]]
        return {r[0]: float(r[3]) for r in rows}
    amounts, _ = spleis.Library(library).allocate_base_per_inhabitant(budget, base, cap, [p for _, p in members])
    return {c: a for (c, _), a in zip(members, amounts)}


def seconds_per_solve(solve):
    """Best of three timings, each of as many solves as take 0.2 s or more."""
    timer = timeit.Timer(solve)
    number, _ = timer.autorange()
    return min(timer.repeat(3, number)) / number


def main():
    program, library = sys.argv[1], sys.argv[2]
    results = {}
    for name, (members, budget, base, cap, self_funded, scenario) in problems().items():
        paying = [(c, p) for c, p in members if c != self_funded]
        populations = [p for _, p in paying]
        expected = spleis_amounts(program, library, scenario, paying, budget, base, cap)
        results[name] = {}
        for peer in (numpy_peer, loop_peer):
            _, amounts = peer.solve(populations, budget, base, cap)
            worst = max(abs(float(a) - expected[c]) for (c, _), a in zip(paying, amounts))
            if worst > 1.0:
                sys.exit(f'{peer.__name__} differs from spleis by {worst} kr on {name}')
            results[name][peer.__name__] = seconds_per_solve(lambda: peer.solve(populations, budget, base, cap))
    print(json.dumps(results))


main()

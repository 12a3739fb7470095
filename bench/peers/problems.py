"""The problems the peers and spleis solve, read from the same population files spleis uses.

Each problem is the Digi Vestland rule: a base amount plus a rate per inhabitant, capped per
member, where given one member covering a fixed amount itself; the rate is what the analyst
solves for. The largest is synthetic: 100 000 members with populations like Norway's (many
small, few large), written to a file for spleis's benchmark (`spleis_bench --populations=`).
"""
import csv
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
LOGNORMAL_MEMBERS = 100_000


def _population(path, prefix=''):
    with open(os.path.join(ROOT, path), encoding='utf-8') as f:
        return [(r['code'], int(r['population'])) for r in csv.DictReader(f) if r['code'].startswith(prefix)]


def lognormal_populations():
    """The synthetic members: a fixed seed, so every run solves the same problem."""
    import numpy as np
    populations = np.random.default_rng(2025).lognormal(8.9, 1.1, LOGNORMAL_MEMBERS).astype(np.int64) + 100
    return [int(p) for p in populations]


def problems():
    """name -> (members as (code, population), budget for the paying members, base, cap,
    self-funded code or None, spleis scenario file or None)."""
    vestland = _population('scenarios/data/population_vestland_2020.csv', '46')
    norway = _population('scenarios/data/population_norway_2024.csv')
    lognormal = [(str(1_000_000 + i), p) for i, p in enumerate(lognormal_populations())]
    return {
        'digi_vestland_43': (vestland, 19_470_000 - 9_100_000, 100_000, 500_000, '4601', 'scenarios/digi-vestland-2021.yaml'),
        'norway_357': (norway, 150_000_000 - 20_000_000, 100_000, 500_000, '0301', 'scenarios/norway-2025.yaml'),
        f'lognormal_{LOGNORMAL_MEMBERS}': (lognormal, LOGNORMAL_MEMBERS * 250_000, 100_000, 500_000, None, None),
    }


if __name__ == '__main__':
    # Writes the synthetic populations, one a line, for spleis_bench --populations=FILE.
    import sys
    with open(sys.argv[1], 'w', encoding='utf-8') as f:
        f.write(''.join(f'{p}\n' for p in lognormal_populations()))

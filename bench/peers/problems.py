"""The problems the peers and spleis solve, read from the same population files spleis uses.

Each problem is the Digi Vestland rule: a base amount plus a rate per inhabitant, capped per
member, one member covering a fixed amount itself; the rate is what the analyst solves for.
"""
import csv
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')


def _population(path, prefix=''):
    with open(os.path.join(ROOT, path), encoding='utf-8') as f:
        return [(r['code'], int(r['population'])) for r in csv.DictReader(f) if r['code'].startswith(prefix)]


def problems():
    """name -> (codes, populations, budget for the others, base, cap, self-funded code)."""
    vestland = _population('scenarios/data/population_vestland_2020.csv', '46')
    norway = _population('scenarios/data/population_norway_2024.csv')
    return {
        'digi_vestland_43': (vestland, 19_470_000 - 9_100_000, 100_000, 500_000, '4601'),
        'norway_357': (norway, 150_000_000 - 20_000_000, 100_000, 500_000, '0301'),
    }

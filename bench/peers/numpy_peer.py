"""What a careful analyst writes without spleis: vectorised NumPy, the rate found by
scipy.optimize.brentq to within 0.01 kr, amounts rounded to whole kroner."""
import numpy as np
from scipy.optimize import brentq


def solve(populations, budget, base, cap):
    p = np.asarray(populations, dtype=float)

    def shortfall(rate):
        return np.minimum(base + rate * p, cap).sum() - budget

    rate = brentq(shortfall, 0.0, cap, xtol=0.01 / p.max())  # amounts within 0.01 kr
    return rate, np.rint(np.minimum(base + rate * p, cap))

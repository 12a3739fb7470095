"""The same in plain Python, as in a quick script: bisection on the rate to 0.01 kr."""


def solve(populations, budget, base, cap):
    def total(rate):
        return sum(min(base + rate * p, cap) for p in populations)

    low, high = 0.0, float(cap)
    tolerance = 0.01 / max(populations)
    while high - low > tolerance:
        middle = (low + high) / 2
        if total(middle) < budget:
            low = middle
        else:
            high = middle
    rate = (low + high) / 2
    return rate, [round(min(base + rate * p, cap)) for p in populations]

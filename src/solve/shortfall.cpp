// Shortfall rules: dividing an estate smaller than the claims on it.
// Source: Aumann and Maschler (1985), table of the Talmud's three estates (claims 100, 200 and
// 300 on estates of 100, 200 and 300); Thomson (2003) for the constrained equal awards and
// losses rules and the duality between them.
// Guarantees: 0 <= award <= claim for everyone, the awards sum to the estate, equal claims get
// equal awards; divide_ore() is exact to the øre (largest remainder, never above a claim).
#include "spleis/shortfall_division.hpp"

#include <algorithm>
#include <numeric>

#include "largest_remainder.hpp"

namespace spleis {

namespace {

double sum(std::span<const double> values) { return std::accumulate(values.begin(), values.end(), 0.0); }

// min(claim, λ) for the λ that makes the awards add up to the estate: fill from the smallest claim up.
std::vector<double> equal_awards(std::span<const double> claims, double estate) {
    std::vector<std::size_t> order(claims.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return claims[a] < claims[b]; });
    std::vector<double> awards(claims.size(), 0.0);
    double left = estate;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const double share = left / static_cast<double>(order.size() - k);
        if (claims[order[k]] <= share) {
            awards[order[k]] = claims[order[k]];
            left -= claims[order[k]];
            continue;
        }
        for (std::size_t r = k; r < order.size(); ++r) awards[order[r]] = share;
        break;
    }
    return awards;
}

// claim − min(claim, μ): the losses are divided by equal awards (Thomson's duality).
std::vector<double> equal_losses(std::span<const double> claims, double estate) {
    std::vector<double> awards = equal_awards(claims, sum(claims) - estate);
    for (std::size_t i = 0; i < claims.size(); ++i) awards[i] = claims[i] - awards[i];
    return awards;
}

}  // namespace

std::vector<double> divide(ShortfallRule rule, std::span<const double> claims, double estate) {
    const double total = sum(claims);
    estate = std::clamp(estate, 0.0, total);
    switch (rule) {
        case ShortfallRule::proportional: {
            std::vector<double> awards(claims.size(), 0.0);
            if (total > 0)
                for (std::size_t i = 0; i < claims.size(); ++i) awards[i] = claims[i] * (estate / total);
            return awards;
        }
        case ShortfallRule::constrained_equal_awards: return equal_awards(claims, estate);
        case ShortfallRule::constrained_equal_losses: return equal_losses(claims, estate);
        case ShortfallRule::talmud: {
            // Up to half the claims, equal awards on the half-claims; beyond, everyone has its
            // half-claim and the rest is divided by equal losses on the other halves.
            std::vector<double> half(claims.begin(), claims.end());
            for (double& h : half) h /= 2;
            if (estate <= total / 2) return equal_awards(half, estate);
            std::vector<double> awards = equal_losses(half, estate - total / 2);
            for (std::size_t i = 0; i < claims.size(); ++i) awards[i] += half[i];
            return awards;
        }
    }
    return {};
}

std::vector<Ore> divide_ore(ShortfallRule rule, std::span<const Ore> claims, Ore estate, Ore unit) {
    std::vector<double> claimed(claims.size());
    for (std::size_t i = 0; i < claims.size(); ++i) claimed[i] = to_kroner(claims[i]);
    const std::vector<double> exact = divide(rule, claimed, to_kroner(estate));
    return round_largest_remainder(exact, claimed, unit, estate).amounts;
}

}  // namespace spleis

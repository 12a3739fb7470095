// Rounding to whole units so the total stays exact: the largest-remainder method
// (Hamilton's method, as used for seat apportionment). Each member first gets its amount
// rounded down; the units still missing go one each to the largest remainders. Ties go to
// the earlier member, and callers keep members in code order, so the result is deterministic.
// A unit is never given past a member's cap, so caps hold after rounding.
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include <fmt/format.h>

#include "spleis/error.hpp"
#include "spleis/solve.hpp"

namespace spleis {

Rounded round_largest_remainder(std::span<const double> exact_kroner, std::span<const double> caps_kroner, Ore unit,
                                Ore target) {
    const std::size_t n = exact_kroner.size();
    if (unit <= 0 || target % unit != 0)
        throw Error(ErrorKind::internal, {}, fmt::format("cannot round {} øre to units of {} øre", target, unit));
    const double units_per_krone = static_cast<double>(ore_per_krone) / static_cast<double>(unit);

    Rounded out{std::vector<Ore>(n), std::vector<bool>(n, false)};
    std::vector<double> remainder(n);
    std::vector<Ore> cap_units(n, std::numeric_limits<Ore>::max());
    Ore given = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double units = exact_kroner[i] * units_per_krone;
        if (!std::isfinite(units) || units < 0 || units > static_cast<double>(max_amount_ore))
            throw Error(ErrorKind::internal, {}, fmt::format("amount {} kr cannot be rounded", exact_kroner[i]));
        const double whole = std::floor(units);
        out.amounts[i] = static_cast<Ore>(whole);
        remainder[i] = units - whole;
        given += out.amounts[i];
        if (std::isfinite(caps_kroner[i])) cap_units[i] = static_cast<Ore>(std::floor(caps_kroner[i] * units_per_krone));
    }

    Ore missing = target / unit - given;
    if (missing < 0 || missing > static_cast<Ore>(n))
        throw Error(ErrorKind::internal, {},
                    fmt::format("rounding is off by {} units of {} øre: the exact amounts do not sum to the target",
                                missing, unit));
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
    for (std::size_t i : order) {
        if (missing == 0) break;
        if (out.amounts[i] + 1 > cap_units[i]) continue;
        ++out.amounts[i];
        out.rounded_up[i] = true;
        --missing;
    }
    if (missing != 0)
        throw Error(ErrorKind::internal, {}, "rounding could not place every unit without breaking a cap");
    for (Ore& a : out.amounts) a *= unit;
    return out;
}

}  // namespace spleis

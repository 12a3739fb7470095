// Rounding to whole units so the total stays exact: the largest-remainder method
// (Hamilton's method, as used for seat apportionment). Each member first gets its amount
// rounded down; the units still missing go one each to the largest remainders. Ties go to
// the earlier member, and callers keep members in code order, so the result is deterministic.
// A unit is never given past a member's cap, so caps hold after rounding.
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

#include <fmt/format.h>

#include "spleis/error.hpp"
#include "spleis/solve.hpp"

namespace spleis {

namespace {

[[noreturn]] void impossible(const std::string& why) { throw Error(ErrorKind::internal, {}, why); }

// Rounds down into `amounts` (units) and returns how many units are still missing.
template <typename CapUnits>
Ore floor_all(std::span<const double> exact_kroner, Ore unit, Ore target, std::span<Ore> amounts, std::vector<double>& remainder,
              CapUnits cap_units) {
    if (unit <= 0 || target % unit != 0) impossible(fmt::format("cannot round {} øre to units of {} øre", target, unit));
    const double units_per_krone = static_cast<double>(ore_per_krone) / static_cast<double>(unit);
    remainder.resize(exact_kroner.size());
    Ore given = 0;
    for (std::size_t i = 0; i < exact_kroner.size(); ++i) {
        const double units = exact_kroner[i] * units_per_krone;
        if (!(units >= 0 && units <= static_cast<double>(max_amount_ore)))  // also false for NaN
            impossible(fmt::format("amount {} kr cannot be rounded", exact_kroner[i]));
        const auto whole = static_cast<Ore>(units);  // truncation is floor for units >= 0, and no libm call
        amounts[i] = std::min(whole, cap_units(i));
        // On a grid of a millionth of a unit (rounded half up, still without libm): remainders
        // equal in exact arithmetic (x.5 for many members) differ in their last bits depending
        // on how the solved value was reached, and must still tie, so ties really go by code.
        remainder[i] = static_cast<double>(static_cast<Ore>((units - static_cast<double>(whole)) * 1e6 + 0.5)) / 1e6;
        given += amounts[i];
    }
    const Ore missing = target / unit - given;
    if (missing < 0 || missing > static_cast<Ore>(exact_kroner.size()))
        impossible(fmt::format("rounding is off by {} units of {} øre: the exact amounts do not sum to the target", missing, unit));
    return missing;
}

// Gives one unit to each of the `missing` largest remainders among members below their cap;
// among equal remainders the earlier member first. The threshold remainder is found with
// nth_element on plain numbers, then units are handed out in member order: linear time.
template <typename CapUnits>
void give_missing_units(Ore missing, std::span<Ore> amounts, std::span<std::uint8_t> rounded_up, RoundingWorkspace& w,
                        CapUnits cap_units) {
    if (missing == 0) return;
    w.candidates.clear();
    w.selected.clear();
    for (std::uint32_t i = 0; i < amounts.size(); ++i)
        if (amounts[i] < cap_units(i)) {
            w.candidates.push_back(i);
            w.selected.push_back(w.remainder[i]);
        }
    if (static_cast<Ore>(w.candidates.size()) < missing) impossible("rounding could not place every unit without breaking a cap");
    const auto kth = w.selected.begin() + static_cast<std::ptrdiff_t>(missing - 1);  // Ore is wider than ptrdiff_t on 32-bit
    std::nth_element(w.selected.begin(), kth, w.selected.end(), std::greater<>());
    const double threshold = *kth;
    Ore above = 0;
    for (const std::uint32_t i : w.candidates) above += w.remainder[i] > threshold;
    Ore ties = missing - above;
    for (const std::uint32_t i : w.candidates) {
        const double r = w.remainder[i];
        if (r > threshold || (r == threshold && ties-- > 0)) {
            ++amounts[i];
            rounded_up[i] = 1;
        }
    }
}

}  // namespace

void round_largest_remainder(std::span<const double> exact_kroner, double cap_kroner, Ore unit, Ore target,
                             std::span<Ore> amounts, std::span<std::uint8_t> rounded_up, RoundingWorkspace& workspace) {
    const Ore cap_units = std::isfinite(cap_kroner)
                              ? static_cast<Ore>(std::floor(cap_kroner * static_cast<double>(ore_per_krone) / static_cast<double>(unit)))
                              : std::numeric_limits<Ore>::max();
    const auto cap_of = [cap_units](std::size_t) { return cap_units; };
    std::fill(rounded_up.begin(), rounded_up.end(), std::uint8_t{0});
    const Ore missing = floor_all(exact_kroner, unit, target, amounts, workspace.remainder, cap_of);
    give_missing_units(missing, amounts, rounded_up, workspace, cap_of);
    for (Ore& a : amounts) a *= unit;
}

Rounded round_largest_remainder(std::span<const double> exact_kroner, std::span<const double> caps_kroner, Ore unit,
                                Ore target) {
    const std::size_t n = exact_kroner.size();
    std::vector<Ore> cap_units(n, std::numeric_limits<Ore>::max());
    for (std::size_t i = 0; i < n; ++i)
        if (std::isfinite(caps_kroner[i]))
            cap_units[i] = static_cast<Ore>(std::floor(caps_kroner[i] * static_cast<double>(ore_per_krone) / static_cast<double>(unit)));
    const auto cap_of = [&](std::size_t i) { return cap_units[i]; };
    Rounded out{std::vector<Ore>(n), {}};
    std::vector<std::uint8_t> up(n, 0);
    RoundingWorkspace workspace;
    const Ore missing = floor_all(exact_kroner, unit, target, out.amounts, workspace.remainder, cap_of);
    give_missing_units(missing, out.amounts, up, workspace, cap_of);
    for (Ore& a : out.amounts) a *= unit;
    out.rounded_up.assign(up.begin(), up.end());
    return out;
}

}  // namespace spleis

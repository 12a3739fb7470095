// Rounding to whole units so the total stays exact: the largest-remainder method
// (Hamilton's method, as used for seat apportionment). Each member first gets its amount
// rounded down; the units still missing go one each to the largest remainders. Ties go to
// the earlier member, and callers keep members in code order, so the result is deterministic.
// A unit is never given past a member's cap, so caps hold after rounding.
#include "largest_remainder.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include <fmt/format.h>

#include "spleis/error.hpp"

namespace spleis {

namespace {

[[noreturn]] void impossible(const std::string& why) { throw Error(ErrorKind::internal, {}, why); }

constexpr int key_bits = 20;  // keys are at most 1 000 001 < 2^20
static_assert(1'000'001 < (1 << key_bits));

// Rounds down into `amounts` (units) and returns how many units are still missing.
template <typename CapUnits>
Ore floor_all(std::span<const double> exact_kroner, Ore unit, Ore target, std::span<Ore> amounts,
              std::vector<RemainderKey>& keys, CapUnits cap_units) {
    check_target(target, unit);
    const double units_per_krone = static_cast<double>(ore_per_krone) / static_cast<double>(unit);
    keys.resize(exact_kroner.size());
    Ore given = 0;
    for (std::size_t i = 0; i < exact_kroner.size(); ++i) {
        const double units = exact_kroner[i] * units_per_krone;
        if (!(units >= 0 && units <= static_cast<double>(max_amount_ore))) unroundable(exact_kroner[i]);  // also NaN
        amounts[i] = floor_units(units, cap_units(i), keys[i]);
        given += amounts[i];
    }
    const Ore missing = target / unit - given;
    check_missing(missing, exact_kroner.size(), unit);
    return missing;
}

}  // namespace

Ore units_below(double cap_kroner, Ore unit) {
    if (!std::isfinite(cap_kroner)) return std::numeric_limits<Ore>::max();
    return static_cast<Ore>(std::floor(cap_kroner * static_cast<double>(ore_per_krone) / static_cast<double>(unit)));
}

void check_target(Ore target, Ore unit) {
    if (unit <= 0 || target % unit != 0) impossible(fmt::format("cannot round {} øre to units of {} øre", target, unit));
}

void unroundable(double exact_kroner) { impossible(fmt::format("amount {} kr cannot be rounded", exact_kroner)); }

void check_missing(Ore missing, std::size_t members, Ore unit) {
    if (missing < 0 || missing > static_cast<Ore>(members))
        impossible(fmt::format("rounding is off by {} units of {} øre: the exact amounts do not sum to the target", missing, unit));
}

void give_missing_units(Ore missing, Ore unit, std::span<Ore> amounts, std::span<const RemainderKey> keys,
                        std::span<std::uint8_t> rounded_up, RoundingWorkspace& w) {
    // Everyone above `threshold` gets a unit, and the first `ties` members exactly at it.
    RemainderKey threshold = std::numeric_limits<RemainderKey>::max();
    Ore ties = 0;
    w.bucket.clear();
    if (missing > 0) {
        int bits = 3;  // a few members per bucket
        while (bits < 12 && (std::size_t{2} << bits) < keys.size()) ++bits;
        const int shift = key_bits - bits;
        w.histogram.assign(std::size_t{1} << bits, 0);
        for (const RemainderKey key : keys) ++w.histogram[key >> shift];
        Ore above = 0;  // keys in the buckets above the one that holds the threshold
        std::uint32_t top = static_cast<std::uint32_t>(w.histogram.size() - 1);
        while (above + w.histogram[top] < missing) above += w.histogram[top--];  // stops: missing <= members
        // The members in that bucket, in member order (without a branch per member).
        w.bucket.resize(keys.size());
        std::size_t in_bucket = 0;
        for (std::uint32_t i = 0; i < keys.size(); ++i) {
            w.bucket[in_bucket] = i;
            in_bucket += keys[i] >> shift == top;
        }
        w.bucket.resize(in_bucket);
        w.selected.clear();
        for (const std::uint32_t i : w.bucket) w.selected.push_back(keys[i]);
        const auto kth = w.selected.begin() + static_cast<std::ptrdiff_t>(missing - above - 1);
        std::nth_element(w.selected.begin(), kth, w.selected.end(), std::greater<>());
        threshold = *kth;
        if (threshold == at_cap) impossible("rounding could not place every unit without breaking a cap");
        for (const RemainderKey key : w.selected) above += key > threshold;
        ties = missing - above;
    }
    for (std::size_t i = 0; i < amounts.size(); ++i) {
        const bool up = keys[i] > threshold;
        amounts[i] = (amounts[i] + up) * unit;
        rounded_up[i] = up;
    }
    // The rest to the earliest members exactly at the threshold: ties go by code.
    for (const std::uint32_t i : w.bucket) {
        if (ties == 0) break;
        if (keys[i] != threshold) continue;
        amounts[i] += unit;
        rounded_up[i] = 1;
        --ties;
    }
}

void round_largest_remainder(std::span<const double> exact_kroner, double cap_kroner, Ore unit, Ore target,
                             std::span<Ore> amounts, std::span<std::uint8_t> rounded_up, RoundingWorkspace& workspace) {
    const Ore cap_units = units_below(cap_kroner, unit);
    const Ore missing = floor_all(exact_kroner, unit, target, amounts, workspace.keys, [cap_units](std::size_t) { return cap_units; });
    give_missing_units(missing, unit, amounts, workspace.keys, rounded_up, workspace);
}

Rounded round_largest_remainder(std::span<const double> exact_kroner, std::span<const double> caps_kroner, Ore unit,
                                Ore target) {
    const std::size_t n = exact_kroner.size();
    std::vector<Ore> cap_units(n);
    for (std::size_t i = 0; i < n; ++i) cap_units[i] = units_below(caps_kroner[i], unit);
    Rounded out{std::vector<Ore>(n), {}};
    std::vector<std::uint8_t> up(n, 0);
    RoundingWorkspace workspace;
    const Ore missing = floor_all(exact_kroner, unit, target, out.amounts, workspace.keys, [&](std::size_t i) { return cap_units[i]; });
    give_missing_units(missing, unit, out.amounts, workspace.keys, up, workspace);
    out.rounded_up.assign(up.begin(), up.end());
    return out;
}

}  // namespace spleis

#pragma once
// The two halves of the largest-remainder method, for callers that compute the exact amounts
// in the same pass as they round them down (solve_paying): floor_units() per member, then
// give_missing_units() once. round_largest_remainder() (spleis/solve.hpp) is made of them.
#include <cstdint>
#include <span>

#include "spleis/solve.hpp"

namespace spleis {

// A member's rank among the remainders: its remainder on a grid of a millionth of a unit,
// plus 1, so that 0 can mean "at its cap, gets no unit". Remainders equal in exact arithmetic
// (x.5 for many members) differ in their last bits depending on how the solved value was
// reached; on the grid they tie, so ties really go by code.
using RemainderKey = std::uint32_t;
inline constexpr RemainderKey at_cap = 0;

// Rounds `units` (>= 0, checked by the caller) down, not past `cap_units`, and gives its key.
// Truncation is floor for units >= 0, and neither step calls libm.
inline Ore floor_units(double units, Ore cap_units, RemainderKey& key) {
    const auto whole = static_cast<Ore>(units);
    const auto micro = static_cast<RemainderKey>((units - static_cast<double>(whole)) * 1e6 + 0.5);  // 0 … 1 000 000
    key = whole < cap_units ? micro + 1 : at_cap;
    return whole < cap_units ? whole : cap_units;
}

// Gives one unit each to the `missing` largest keys (ties to the earlier member), multiplies
// every amount by `unit` and marks who was rounded up. A radix select: a histogram of the
// keys' top bits finds the bucket holding the threshold, and only that bucket is searched.
// Linear time, no sort. Throws (internal) if fewer than `missing` members are below their cap.
void give_missing_units(Ore missing, Ore unit, std::span<Ore> amounts, std::span<const RemainderKey> keys,
                        std::span<std::uint8_t> rounded_up, RoundingWorkspace& workspace);

// A cap in whole units (rounded down), or no cap.
Ore units_below(double cap_kroner, Ore unit);

// The target must be a whole number of units (a bug otherwise).
void check_target(Ore target, Ore unit);

// The check every caller makes after the floors: the units still missing must be between 0
// and the number of members, else the exact amounts did not sum to the target (a bug).
void check_missing(Ore missing, std::size_t members, Ore unit);
[[noreturn]] void unroundable(double exact_kroner);

}  // namespace spleis

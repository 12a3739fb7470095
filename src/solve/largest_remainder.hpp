#pragma once
// The two halves of the largest-remainder method, for callers that compute the exact amounts
// in the same pass as they round them down (solve_paying): floor_units() per member, then
// give_missing_units() once. round_largest_remainder() below is made of them.
#include <cstdint>
#include <span>
#include <vector>

#include "spleis/money.hpp"

namespace spleis {

// The largest-remainder method (Hamilton): every member gets its exact amount rounded down
// to whole units; the units still missing to reach target go one each to the largest
// remainders, ties to the earlier member (callers order members by code), never past a cap.
struct Rounded {
    std::vector<Ore> amounts;
    std::vector<bool> rounded_up;
};
Rounded round_largest_remainder(std::span<const double> exact_kroner, std::span<const double> caps_kroner,
                                Ore unit, Ore target);

// Scratch space kept between solves: each member's remainder, as a rank (RemainderKey below).
struct RoundingWorkspace {
    std::vector<std::int32_t> keys;
};

// A member's rank among the remainders: its remainder on a grid of a millionth of a unit,
// plus 1, so that 0 can mean "at its cap, gets no unit". Remainders equal in exact arithmetic
// (x.5 for many members) differ in their last bits depending on how the solved value was
// reached; on the grid they tie, so ties really go by code.
using RemainderKey = std::int32_t;  // signed: packed comparisons of signed integers are SSE2
inline constexpr RemainderKey at_cap = 0;
inline constexpr RemainderKey largest_key = 1'000'001;  // a remainder of 999 999.5 millionths or more
inline constexpr RemainderKey above_every_key = largest_key + 1;

// Rounds `units` (>= 0, checked by the caller) down, not past `cap_units`, gives its key and
// returns the amount in øre. Truncation is floor for units >= 0, and neither step calls libm.
inline Ore floor_units(double units, Ore cap_units, Ore unit, RemainderKey& key) {
    const auto whole = static_cast<Ore>(units);
    // The remainder in millionths, rounded, plus 1: 1 … 1 000 001. (+ 1.5, not + 0.5 and then
    // + 1, so the vector pass in round_down_line.cpp gets the same bits in one conversion.)
    const auto micro_plus_one = static_cast<RemainderKey>((units - static_cast<double>(whole)) * 1e6 + 1.5);
    key = whole < cap_units ? micro_plus_one : at_cap;
    return (whole < cap_units ? whole : cap_units) * unit;
}

// Who gets the missing units: every member whose key is above `threshold`, and the first
// `ties` (in member order) of those whose key equals it.
struct Cut {
    RemainderKey threshold = above_every_key;  // nobody
    Ore ties = 0;
};

// How many keys are above at_cap: the members who can still get a unit. The pass that rounds
// down knows it, so the selection does not count it again.
Ore count_below_cap(std::span<const RemainderKey> keys);

// A guess at the cut, made before the keys are known, by which the pass that rounds down gives
// a unit ahead to every member whose key is above it (see round_down_line.hpp). No guess: no
// key is above the largest there can be. The solver's guess: a remainder of one half.
inline constexpr RemainderKey no_guess = largest_key;
inline constexpr RemainderKey middle_key = 500'001;  // a remainder of one half, plus 1

// Gives one unit (`unit` øre) each to the members with the largest keys (ties to the earlier
// member), as many as the target needs, and returns who got them. `missing`: the units still
// missing after those given ahead to the keys above `guess` (below 0: that many too many). A
// selection, not a sort: where the guess was near the cut, one pass gathers the few members
// between the two; else a pass or two over the keys find the cut (find_cut()) and one more
// moves the amounts. `below_cap`: count_below_cap(keys). Throws (internal) if fewer members
// are below their cap than units are to be given.
Cut give_missing_units(Ore missing, Ore unit, std::span<Ore> amounts, std::span<const RemainderKey> keys, Ore below_cap,
                       RemainderKey guess = no_guess);

// Who got a unit under `cut` (1) and who did not (0): for the explanation, not the solve.
void mark_rounded_up(const Cut& cut, std::span<const RemainderKey> keys, std::span<std::uint8_t> rounded_up);

// How many rounding units of `unit` øre make a krone (100 for øre, 0.01 for 100 kr).
inline double units_in_a_krone(Ore unit) { return static_cast<double>(ore_per_krone) / static_cast<double>(unit); }

// A cap in whole units (rounded down), or no cap.
Ore units_below(double cap_kroner, Ore unit);

// The target must be a whole number of units (a bug otherwise).
void check_target(Ore target, Ore unit);

// The check every caller makes after the floors: the units still missing must be between
// minus and plus the number of members (below 0 where units were given ahead), else the exact
// amounts did not sum to the target (a bug).
void check_missing(Ore missing, std::size_t members, Ore unit);
[[noreturn]] void unroundable(double exact_kroner);

}  // namespace spleis

#pragma once
// The per-member pass of a solve on a population line, written for the vector unit: each
// member's amount (per member + per inhabitant × population), held within floor and cap,
// rounded down to whole units with its remainder key for the largest-remainder step
// (largest_remainder.hpp). Same arithmetic, and so the same bits, as apply_limits() and
// floor_units() member by member. It writes only what the rounding needs: the amount within
// the limits, and which limit bound, are recomputed where a result is explained (allocate()),
// which costs a solve nothing.
#include <cstdint>
#include <span>

#include "largest_remainder.hpp"
#include "limits.hpp"
#include "spleis/allocation.hpp"
#include "spleis/rule.hpp"
#include "rules/rules.hpp"

namespace spleis {

// Where the pass writes, one entry per member.
struct RoundedDown {
    Ore* ore;             // rounded down to whole units, not past the cap
    RemainderKey* keys;   // see floor_units()
};

struct RoundedDownTotals {
    Ore given = 0;      // øre, all members together, with the units given ahead
    Ore below_cap = 0;  // members who can still get a unit: count_below_cap() of the keys
    RemainderKey guess = no_guess;  // who got a unit ahead: those with a key above it
};

// The paying members' populations in member order, and the same sorted, largest first. An
// amount is affine in the population, and limiting, scaling and rounding down keep the order
// (each IEEE operation rounds monotonically), so questions about all members are answered at
// the ends without the pass: whether every amount can be rounded (the two ends), and how many
// are at the cap in whole units (the largest, or the smallest for a negative rate: a binary
// search).
struct Populations {
    std::span<const double> each;
    std::span<const double> largest_first;
};

// Members whose key is above `guess` get a unit already: with remainders spread evenly and the
// guess their middle, most of the missing units are then given in this pass, and
// give_missing_units() only moves the few between the guess and the cut, instead of a pass
// over every amount. Returns what it gave, and how many members are below the cap. Throws (internal) for an amount that cannot be rounded:
// below 0, above max_amount_ore, or not a number. `lanes`: 0 for the widest this processor
// has; 2, 4 or 8 to choose (tests compare them).
RoundedDownTotals round_down_on_line(const Populations& population, const PopulationLine& line, const MemberLimits& limits, Ore unit,
                       const RoundedDown& out, RemainderKey guess = no_guess, int lanes = 0);
int widest_lanes();  // 8 with AVX-512, 4 with AVX2, else 2

}  // namespace spleis

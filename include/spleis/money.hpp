#pragma once
// Money once allocated is whole øre in a 64-bit integer. Doubles live only inside the solver.
#include <array>
#include <cmath>
#include <cstdint>

namespace spleis {

using Ore = std::int64_t;
inline constexpr Ore ore_per_krone = 100;

// The largest single amount spleis accepts (one trillion kroner). Sums of many such
// amounts still fit in 64 bits, and no real budget comes near it.
inline constexpr Ore max_amount_ore = Ore{1'000'000'000'000} * ore_per_krone;

// The rounding units spleis offers, in øre, each with its name in a scenario file: the one list.
struct RoundingUnit {
    Ore ore;
    const char* name;
};
inline constexpr std::array<RoundingUnit, 4> rounding_units{{{1, "øre"}, {100, "krone"}, {10'000, "100 kr"}, {100'000, "1000 kr"}}};
inline constexpr const RoundingUnit* rounding_unit_of(double ore) {
    for (const RoundingUnit& u : rounding_units)
        if (static_cast<double>(u.ore) == ore) return &u;
    return nullptr;
}

inline constexpr double to_kroner(Ore ore) { return static_cast<double>(ore) / ore_per_krone; }
// Kroner (a parameter, or a value inside the solver) as whole øre, to the nearest.
inline Ore to_ore(double kroner) { return std::llround(kroner * ore_per_krone); }
// Kroner to the nearest whole øre, still in kroner: a parameter given from outside.
inline double to_whole_ore(double kroner) { return std::round(kroner * ore_per_krone) / ore_per_krone; }
// Whether a number of øre computed from kroner (kroner * 100) is whole: within a few units in
// the last place, which is how far 0.29 * 100 is from 29, and no further.
inline bool whole(double ore) { return std::abs(ore - std::round(ore)) <= 8 * (std::nextafter(std::abs(ore), INFINITY) - std::abs(ore)); }

}  // namespace spleis

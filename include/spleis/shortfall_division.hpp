#pragma once
// How a shortfall rule (spleis/shortfall.hpp) divides less than is claimed. Pure functions.
#include <span>
#include <vector>

#include "spleis/money.hpp"
#include "spleis/shortfall.hpp"

namespace spleis {

// Divides `estate` among the claims (kroner). Requires claims >= 0 and 0 <= estate <= their
// sum. Every award lies between 0 and its claim and the awards add up to the estate (up to
// floating point); equal claims get equal awards.
std::vector<double> divide(ShortfallRule rule, std::span<const double> claims, double estate);

// The same in whole units (øre): the exact division rounded by the largest-remainder method,
// never above a claim; the awards add up to `estate` exactly. `estate` must be a whole number
// of units.
std::vector<Ore> divide_ore(ShortfallRule rule, std::span<const Ore> claims, Ore estate, Ore unit);

}  // namespace spleis

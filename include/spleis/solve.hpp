#pragma once
// Solving: pure functions from a Scenario to an Allocation. No I/O happens here.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "spleis/allocation.hpp"
#include "spleis/changes.hpp"
#include "spleis/comparison.hpp"
#include "spleis/scenario.hpp"

namespace spleis {

// Checks everything that can be checked without computing: one unknown when a budget is
// given, none without; a cap not below the base or the floor; funding not above the budget;
// rounding unit dividing caps and floors. Throws spleis::Error.
void check(const Scenario& scenario);

// Finds the unknown parameter so the budget balances exactly, applies caps and floors,
// and rounds to the scenario's unit. Contributions plus external funding equal the budget
// to the øre. Throws spleis::Error (kind infeasible when no value can balance the budget).
Allocation allocate(const Scenario& scenario);

// allocate(with_option(scenario, option)), with every error naming the option.
Allocation allocate(const Scenario& scenario, const ScenarioOption& option);

// The scenario's baseline and then each of its options, with the what-if `changes` made to
// each (its `option`, if any, must name one of them, and is otherwise not used), allocated:
// what `spleis compare`, the C API and the server compare. Errors name the option.
std::vector<NamedAllocation> allocate_options(const Scenario& scenario, const Changes& changes = {});

// The same amounts as allocate(), in øre and member code order, without the names, terms and
// funding an Allocation carries: for callers that recalculate often (a spreadsheet cell).
// Returns the solved parameter's value, if any. Throws exactly as allocate() does.
std::optional<double> allocate_amounts(const Scenario& scenario, std::span<Ore> amounts);

}  // namespace spleis

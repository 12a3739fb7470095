#pragma once
// A plan: a scenario that covers several budget years. Each year is read into a complete
// scenario of its own (that year's population, dated parameters and indexed amounts), solved
// like any scenario, and the years are added up per member.
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "spleis/allocation.hpp"
#include "spleis/scenario.hpp"

namespace spleis {

struct Plan {
    std::string title;
    std::string file;
    bool several_years = false;         // written with `years:`; otherwise one ordinary scenario
    std::vector<Scenario> years;        // one complete scenario per budget year, in order
    int years_before = 1;               // population of 1 January this many years before each budget year
    std::string population_pattern;     // the population file as written, with {year}
    std::optional<double> index_percent;  // the yearly index, the same every year
    std::map<int, double> dated_index;    // or percent by year (the change into that year)
};

// Each year's allocation, and each member's amounts over the whole period.
struct PlanAllocation {
    std::vector<Allocation> years;
    Allocation period;
};

// Allocates every year (each exact to the øre) and adds them up.
PlanAllocation allocate(const Plan& plan);

// The years added up: each member's amount, external funding and budgets summed over the
// period; a member's population is its average over the years (rounded), so an amount per
// inhabitant is per average inhabitant of the period. Requires the same members every year.
Allocation period_total(std::span<const Allocation> years, const std::string& title);

}  // namespace spleis

#pragma once
// Reading a scenario that covers several budget years: which year is being read, values dated
// by year (like OpenFisca's parameters: a value holds from its year until the next), and the
// yearly index that carries an amount from the year it is stated in to the year it is used.
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "spleis/money.hpp"

namespace spleis {

struct YearContext {
    int year = 0;          // the budget year being read
    int first_year = 0;    // the plan's first budget year: undated amounts are in its kroner
    Ore unit = ore_per_krone;  // the scenario's rounding unit: indexed limits and budgets are rounded to it
    std::optional<double> index;        // percent a year, the same every year
    std::map<int, double> dated_index;  // or percent by year: the change into that year
    YAML::Node index_node;
    std::string file;      // the scenario file, for messages about the index

    // The factor that carries an amount stated in year `from` to `year` (1 without an index).
    double factor(int from) const;
};

// The value of `node` for the context's year. A mapping whose keys are years is a dated value:
// the entry of the latest year not after the context's year holds (an error when there is none);
// anything else is one value for every year, stated in the first year's kroner. `stated_in` is
// set to the year the value is stated in.
YAML::Node for_year(const std::string& file, const YAML::Node& node, std::string_view key, const YearContext& context,
                    int& stated_in);

// A mapping whose keys are all years (a dated value)?
bool is_dated(const YAML::Node& node);

// An amount multiplied by an index factor, to the nearest whole number of `unit`.
inline Ore indexed(Ore amount, double factor, Ore unit) {
    return std::llround(static_cast<double>(amount) * factor / static_cast<double>(unit)) * unit;
}

// Kroner for the context's year: dated or not, carried by the index, in whole øre (and a whole
// number of `unit` when the index changed it).
Ore amount_for_year(const std::string& file, const YAML::Node& node, std::string_view key, const YearContext& context,
                    Ore unit);

// "2.7 %", "-1.5 %": a percentage, not below -100 %.
double percent(const std::string& file, const YAML::Node& node, std::string_view key);

}  // namespace spleis

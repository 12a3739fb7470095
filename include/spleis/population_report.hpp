#pragma once
// What spleis reads from a population file, as `spleis population` shows it: every
// municipality with its code, name and population, the total, and what was left out.
#include <string>

#include "spleis/municipality.hpp"

namespace spleis {

// For people: a heading (the file, its layout, the year), the municipalities and their total,
// and the rows left out with their line. `scope` names a selection, e.g. "Vestland (county 46)".
std::string render_population_table(const PopulationTable& table, const std::string& scope = "");

// Our plain layout, which every scenario reads: code,name,population,year (UTF-8, comma).
std::string render_population_csv(const PopulationTable& table);

}  // namespace spleis

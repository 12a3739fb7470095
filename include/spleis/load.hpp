#pragma once
// Reading what users write: scenario and model YAML, population CSV. Every error names the
// file, and the line and column where it can be known.
#include <string>
#include <string_view>

#include "spleis/model.hpp"
#include "spleis/municipality.hpp"
#include "spleis/plan.hpp"
#include "spleis/scenario.hpp"

namespace spleis {

// The whole file as text; a clear error when it is missing, a directory or unreadable.
std::string read_text_file(const std::string& path, std::string_view what);

// A table with the columns code,name,population (and optionally year), comma-separated, UTF-8.
PopulationTable parse_population_csv(std::string_view text, const std::string& file_name);
PopulationTable load_population_csv(const std::string& path);

Model parse_model(std::string_view yaml, const std::string& file_name);
Model load_model(const std::string& path);

// Relative paths inside the scenario (model, population file) are resolved against base_dir.
Scenario parse_scenario(std::string_view yaml, const std::string& file_name, const std::string& base_dir);
Scenario load_scenario(const std::string& path);

// A scenario with one `year:` (a plan of one year) or with `years:` (a plan of several).
Plan parse_plan(std::string_view yaml, const std::string& file_name, const std::string& base_dir);
Plan load_plan(const std::string& path);

}  // namespace spleis

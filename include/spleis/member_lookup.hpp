#pragma once
// Finding a municipality as a person writes it: a code (3320, or 301 for 0301) or a name
// (Flå, flå, "Herøy" for either Herøy, "Hamarøy" for "Hábmer - Hamarøy"). Wherever a member is
// written (members, self_funded, facts, explain) the same rules and the same messages.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "spleis/error.hpp"
#include "spleis/municipality.hpp"

namespace spleis {

struct MunicipalityLookup {
    std::optional<std::size_t> index;  // into the rows searched, when exactly one matched
    Text problem;                      // otherwise why not, with the candidates' codes and names
};

// `in` names what was searched, for the message: "the population file data/x.csv", in each
// language (an English text alone is used as it is in all three).
MunicipalityLookup find_municipality(const std::vector<Municipality>& rows, std::string_view code_or_name, const Text& in);
MunicipalityLookup find_municipality(const std::vector<Municipality>& rows, std::string_view code_or_name, std::string_view in);
// The places a member is looked for, named in each language.
Text in_this_scenario();
Text in_scenario_members();
Text in_population_file(std::string_view file);

// Levenshtein distance in bytes, for "did you mean" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace spleis

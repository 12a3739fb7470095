#pragma once
// The municipal reforms of 1 January 2020 and 2024 (scenarios/data/municipality_changes.csv):
// which code became which, so a member written in one year's codes is found, or explained, in
// another year's table.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "spleis/error.hpp"
#include "spleis/municipality.hpp"

namespace spleis {

enum class ChangeKind { renumber, merge, split };

struct CodeChange {
    std::string from_code, from_name, to_code, to_name;
    int year = 0;  // from 1 January of this year
    ChangeKind kind = ChangeKind::renumber;
};

// from_code,from_name,to_code,to_name,from_date,kind; errors name the line.
std::vector<CodeChange> parse_municipality_changes(std::string_view text, const std::string& file);

// What became of a code that is not in `table`: the codes of the table it went to, following
// one reform after another (0615 Flå → 3039 in 2020 → 3320 in 2024), and how.
struct Successor {
    std::vector<Municipality> parts;  // one for a renumbering or a merge, several for a split
    bool split = false;
    Text how;                         // "merged with part of 1850 Divtasvuodna - Tysfjord", "renumbered", ...
    int year = 0;                     // the first reform it went through
    std::string from_name;
};
std::optional<Successor> successor_in(const std::vector<CodeChange>& changes, const std::string& code,
                                      const PopulationTable& table);
// The parts of a split, "1 Name and 2 Name" in each language.
Text parts_named(const std::vector<Municipality>& parts);

}  // namespace spleis

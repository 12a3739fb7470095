#pragma once
// Norway's counties (fylker) and the years each existed: 18 in 2018–2019, 11 in 2020–2023, 15
// from 2024. A municipality's county is the first two digits of its code in the same structure.
// As scenarios/data/counties.csv (Statistics Norway's codes and names); a test keeps them equal.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "spleis/municipality.hpp"

namespace spleis {

struct County {
    std::string_view code;  // "46"
    std::string_view name;  // "Vestland"
    int from_year = 0;
    int to_year = 0;        // 0: still a county
};

std::span<const County> counties();

// The county with this code on 1 January of `year`, if there was one.
const County* county_in(std::string_view code, int year);

// Every county the code has been, for messages: "12 Hordaland (2018–2019)".
std::string county_history(std::string_view code);

// A county as a member (a fylkeskommune joining a fund): code "F-46", name "Vestland
// fylkeskommune", population the sum of its municipalities in the table, in that year's structure.
std::optional<Municipality> county_member(std::string_view code, const PopulationTable& table);

// "F-46" or "f-46" → "46"; nothing when the text is no county code.
std::optional<std::string> county_code_of_member(std::string_view text);

}  // namespace spleis

#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace spleis {

// A municipality as Statistics Norway lists it: four-digit code ("4601"), official name,
// and the population at 1 January of the table's year.
struct Municipality {
    std::string code;
    std::string name;
    std::int64_t population = 0;  // 0 to max_population
};

// No municipality has a hundred million inhabitants: a larger figure is a data error, refused
// where populations come in (CSV, C API) and by check().
inline constexpr std::int64_t max_population = 100'000'000;

// A row of a Statistics Norway export that is not a municipality (Svalbard, the continental
// shelf, "K-Rest", a county or the whole country): left out of the table, and said so.
struct LeftOutRow {
    std::string label;                // as the file writes it: "K-23 Continental shelf"
    std::int64_t population = 0;      // summed over its rows, in the table's year
    int line = 0;                     // its first line
    std::string reason;               // "not a municipality", or that it had no inhabitants
};

struct PopulationTable {
    std::string file;                 // where it was read from, for messages
    int year = 0;                     // population at 1 January of this year
    std::vector<Municipality> rows;   // in file order
    // Where the file is Statistics Norway's own export of table 07459:
    std::string layout;               // e.g. "Statistics Norway table 07459, ISO-8859-1, ';'"; empty for ours
    std::vector<int> years;           // the years its columns hold (the table has one of them)
    std::vector<LeftOutRow> left_out;
};

}  // namespace spleis

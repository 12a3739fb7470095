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

struct PopulationTable {
    std::string file;                 // where it was read from, for messages
    int year = 0;                     // population at 1 January of this year
    std::vector<Municipality> rows;   // in file order
};

}  // namespace spleis

#pragma once
// Aligned columns for people reading a terminal; widths count letters, not bytes (æøå).
#include <string>
#include <vector>

namespace spleis {

struct TextTable {
    std::vector<bool> right_aligned;               // one per column
    std::vector<std::vector<std::string>> rows;    // an empty row draws a rule across the table
    std::string render() const;
};

}  // namespace spleis

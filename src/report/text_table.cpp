#include "text_table.hpp"

#include <algorithm>

#include "spleis/report.hpp"

namespace spleis {

std::string TextTable::render() const {
    std::vector<std::size_t> width(right_aligned.size(), 0);
    for (const auto& row : rows)
        for (std::size_t c = 0; c < row.size() && c < width.size(); ++c) width[c] = std::max(width[c], display_width(row[c]));
    std::size_t total = width.empty() ? 0 : 2 * (width.size() - 1);
    for (std::size_t w : width) total += w;

    std::string out;
    for (const auto& row : rows) {
        if (row.empty()) {
            out += std::string(total, '-') + "\n";
            continue;
        }
        std::string line;
        for (std::size_t c = 0; c < width.size(); ++c) {
            const std::string& cell = c < row.size() ? row[c] : std::string();
            const std::string fill(width[c] - std::min(width[c], display_width(cell)), ' ');
            if (c) line += "  ";
            line += right_aligned[c] ? fill + cell : cell + fill;
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out += line + "\n";
    }
    return out;
}

}  // namespace spleis

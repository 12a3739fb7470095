#include "spleis/population_report.hpp"

#include <fmt/format.h>

#include "spleis/nok.hpp"
#include "text_table.hpp"

namespace spleis {

namespace {
std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}
}  // namespace

std::string render_population_table(const PopulationTable& table, const std::string& scope) {
    std::int64_t total = 0;
    for (const Municipality& m : table.rows) total += m.population;
    std::string out = fmt::format("{}: {}, population at 1 January {}\n", table.file,
                                  table.layout.empty() ? "code,name,population table" : table.layout, table.year);
    if (table.years.size() > 1) {
        std::string years;
        for (int y : table.years) years += (years.empty() ? "" : ", ") + std::to_string(y);
        out += fmt::format("The file holds the years {}; this is {}.\n", years, table.year);
    }
    out += fmt::format("{}{} {}, {} inhabitants\n\n", scope.empty() ? "" : scope + ": ", table.rows.size(),
                       table.rows.size() == 1 ? "municipality" : "municipalities", format_count(total));
    TextTable t{{false, false, true}, {{"Code", "Municipality", "Population"}, {}}};
    for (const Municipality& m : table.rows) t.rows.push_back({m.code, m.name, format_count(m.population)});
    t.rows.push_back({});
    t.rows.push_back({"", "Total", format_count(total)});
    out += t.render();
    if (!table.left_out.empty()) {
        out += "\nLeft out:\n";
        TextTable left{{false, false, false, true}, {}};
        for (const LeftOutRow& row : table.left_out)
            left.rows.push_back({fmt::format("  line {}", row.line), row.label, row.reason, format_count(row.population)});
        out += left.render();
    }
    return out;
}

std::string render_population_csv(const PopulationTable& table) {
    std::string out = "code,name,population,year\n";
    for (const Municipality& m : table.rows)
        out += fmt::format("{},{},{},{}\n", m.code, csv_field(m.name), m.population, table.year);
    return out;
}

}  // namespace spleis

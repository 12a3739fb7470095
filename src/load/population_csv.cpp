// Population tables from Statistics Norway, as copied into scenarios/data/:
// code,name,population[,year], UTF-8, one municipality per line.
#include <algorithm>
#include <charconv>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "csv_text.hpp"
#include "load_phrases.hpp"
#include "utf8.hpp"

namespace spleis {

using csv::lines_of;
using csv::split_fields;

PopulationTable parse_population_csv(std::string_view text, const std::string& file) {
    if (const std::string_view encoding = utf8::wide_encoding(text); !encoding.empty())
        throw Error(Location{file}, say(phrase::csv_saved_as_unicode, encoding));
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a BOM, as Excel writes it
    const std::vector<std::string_view> lines = lines_of(text);
    const auto at = [&](std::size_t index) { return Location{file, static_cast<int>(index + 1)}; };
    // The header too: its column names are quoted in messages.
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].find('\0') != std::string_view::npos)
            throw Error(at(i), say(phrase::csv_zero_byte));
        if (utf8::first_invalid(lines[i]) != std::string_view::npos) throw Error(at(i), say(phrase::csv_not_utf8));
    }
    if (lines.empty() || lines[0].empty()) throw Error(Location{file}, say(phrase::population_file_empty));

    const std::string_view header = lines[0];
    const char delimiter = header.find(',') != std::string_view::npos   ? ','
                           : header.find(';') != std::string_view::npos ? ';'
                                                                        : '\t';
    const std::vector<std::string> columns = split_fields(header, delimiter);
    // A file that is no population table at all (a text named by mistake, or by someone probing
    // which files a service reads) is refused without quoting its content back.
    if (std::none_of(columns.begin(), columns.end(), [](const std::string& c) { return c == "code" || c == "name" || c == "population"; }))
        throw Error(at(0), say(phrase::not_population_table));
    const auto column = [&](std::string_view name, bool required) -> std::ptrdiff_t {
        const auto it = std::find(columns.begin(), columns.end(), name);
        if (it != columns.end()) return it - columns.begin();
        if (!required) return -1;
        std::string found;
        for (const std::string& c : columns) found += (found.empty() ? "" : ", ") + c;
        throw Error(at(0), say(phrase::missing_column, name, found));
    };
    const std::ptrdiff_t code_col = column("code", true), name_col = column("name", true),
                         population_col = column("population", true), year_col = column("year", false);

    PopulationTable table;
    table.file = file;
    std::map<std::string, std::size_t> first_line;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].empty()) continue;
        const std::vector<std::string> fields = split_fields(lines[i], delimiter);
        if (fields.size() != columns.size())
            throw Error(at(i), say(phrase::field_count, columns.size(), fields.size()));
        const auto field = [&](std::ptrdiff_t c) -> const std::string& { return fields[static_cast<std::size_t>(c)]; };

        Municipality m{field(code_col), field(name_col), 0};
        if (m.code.empty() || m.code.size() > 4 || !std::all_of(m.code.begin(), m.code.end(), ::isdigit))
            throw Error(at(i), say(phrase::code_not_four_digits, m.code));
        m.code.insert(0, 4 - m.code.size(), '0');
        const std::string& p = field(population_col);
        auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), m.population);
        const bool too_many = ec == std::errc::result_out_of_range || (ec == std::errc() && m.population > max_population);
        if (end == p.data() + p.size() && too_many)
            throw Error(at(i), say(phrase::population_unbelievable, m.code, p));
        if (p.empty() || ec != std::errc() || end != p.data() + p.size())
            throw Error(at(i), say(phrase::population_not_whole, m.code, p));
        if (m.population < 0) throw Error(at(i), say(phrase::population_negative, m.code, m.population));
        if (year_col >= 0) {
            int year = 0;
            const std::string& y = field(year_col);
            auto [yend, yec] = std::from_chars(y.data(), y.data() + y.size(), year);
            if (yec != std::errc() || yend != y.data() + y.size() || year < 1800 || year > 2200)
                throw Error(at(i), say(phrase::csv_year_like, y));
            if (table.year != 0 && year != table.year) throw Error(at(i), say(phrase::csv_year_differs, year, table.year));
            table.year = year;
        }
        if (auto [it, inserted] = first_line.emplace(m.code, i + 1); !inserted)
            throw Error(at(i), say(phrase::municipality_twice, m.code, it->second));
        table.rows.push_back(std::move(m));
    }
    if (table.rows.empty()) throw Error(Location{file}, say(phrase::no_municipalities));
    return table;
}

PopulationTable load_population_csv(const std::string& path) {
    return parse_population_csv(read_text_file(path, "population file"), path);
}

}  // namespace spleis

// `spleis population`: what spleis reads from a population file (ours or Statistics Norway's
// own export), and a look-up over the shipped tables: a county's municipalities, a name's code.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>

#include <fmt/format.h>

#include "commands.hpp"
#include "spleis/county.hpp"
#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "spleis/nok.hpp"
#include "spleis/output_file.hpp"
#include "spleis/population_report.hpp"

namespace spleis::cli {

namespace fs = std::filesystem;

std::map<int, std::string> shipped_tables(const std::string& data_dir) {
    std::map<int, std::string> tables;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fs::u8path(data_dir), ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() == 26 && name.starts_with("population_norway_") && name.ends_with(".csv"))
            tables[std::atoi(name.substr(18, 4).c_str())] = (fs::u8path(data_dir) / name).string();
    }
    if (tables.empty())
        throw Error(Location{data_dir}, "no shipped population tables (population_norway_YYYY.csv) here; give a population "
                                        "file, or the folder with --data");
    return tables;
}

std::string county_code(const std::string& county) {
    std::string code = county;
    if (code.starts_with("F-") || code.starts_with("f-")) code.erase(0, 2);
    if (code.size() == 1) code.insert(0, "0");
    if (code.size() != 2 || !std::all_of(code.begin(), code.end(), ::isdigit))
        throw Error(Location{}, fmt::format("--county must be a two-digit county number like 46, got \"{}\"", county));
    return code;
}

PopulationTable in_county(PopulationTable table, const std::string& code) {
    std::erase_if(table.rows, [&](const Municipality& m) { return !m.code.starts_with(code); });
    table.left_out.clear();  // not a municipality, so in no county
    if (table.rows.empty())
        throw Error(Location{table.file}, fmt::format("no municipality in this file has a code starting with {} (county {} "
                                                      "on 1 January {})",
                                                      code, code, table.year));
    return table;
}

namespace {

// Lower case, æøå included, for matching names as people type them.
std::string folded(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == 0xC3 && i + 1 < s.size()) {
            const auto next = static_cast<unsigned char>(s[i + 1]);
            out += '\xC3';
            out += static_cast<char>(next >= 0x80 && next <= 0x9E ? next + 0x20 : next);
            ++i;
        } else {
            out += static_cast<char>(std::tolower(c));
        }
    }
    return out;
}

// "Flå" finds Flå; "fauske" finds "Fauske - Fuosko"; a code finds its municipality.
bool matches(const Municipality& m, const std::string& wanted) {
    if (m.code == wanted) return true;
    const std::string name = folded(m.name), w = folded(wanted);
    if (name == w) return true;
    for (std::size_t start = 0; start < name.size();) {
        const std::size_t end = name.find(" - ", start);
        if (name.substr(start, end - start) == w) return true;
        if (end == std::string::npos) break;
        start = end + 3;
    }
    return false;
}

int find(const PopulationOptions& options, const std::string& data_dir) {
    std::map<int, std::string> tables;
    if (options.file) tables[options.year.value_or(0)] = *options.file;
    else if (options.year) tables[*options.year] = shipped_tables(data_dir).count(*options.year) ? shipped_tables(data_dir).at(*options.year) : "";
    else tables = shipped_tables(data_dir);
    std::string out;
    for (const auto& [year, path] : tables) {
        if (path.empty())
            throw Error(Location{data_dir}, fmt::format("no shipped population table for 1 January {}", year));
        const PopulationTable table = load_population(path, year ? std::optional<int>(year) : std::nullopt);
        for (const Municipality& m : table.rows)
            if (matches(m, *options.find)) {
                const County* county = county_in(m.code.substr(0, 2), table.year ? table.year : 9999);
                out += fmt::format("{}  {} {}: {} inhabitants on 1 January {} (county {}{})\n", table.year, m.code, m.name,
                                   format_count(m.population), table.year, m.code.substr(0, 2),
                                   county ? " " + std::string(county->name) : "");
            }
    }
    if (out.empty())
        throw Error(Location{}, fmt::format("no municipality called \"{}\" (or with that code) in {}", *options.find,
                                            options.file ? *options.file : "the shipped tables"));
    std::cout << out;
    return 0;
}

}  // namespace

int population(const PopulationOptions& options) {
    const std::string data_dir = shipped_data_dir(options.data_dir);
    if (options.find) return find(options, data_dir);

    std::string path;
    if (options.file) {
        path = *options.file;
    } else {
        const std::map<int, std::string> tables = shipped_tables(data_dir);
        if (!options.year) {
            std::string years;
            for (const auto& [y, p] : tables) years += (years.empty() ? "" : ", ") + std::to_string(y);
            throw Error(Location{}, fmt::format("give a population file, or --year for a shipped table ({})", years));
        }
        const auto found = tables.find(*options.year);
        if (found == tables.end())
            throw Error(Location{data_dir}, fmt::format("no shipped population table for 1 January {}", *options.year));
        path = found->second;
    }
    PopulationTable table = load_population(path, options.year);
    std::string scope;
    if (options.county) {
        const std::string code = county_code(*options.county);
        table = in_county(std::move(table), code);
        const County* county = county_in(code, table.year ? table.year : 9999);
        scope = county ? fmt::format("{} (county {})", county->name, code) : fmt::format("County {}", code);
    }
    const std::string out = options.format == Format::csv ? render_population_csv(table) : render_population_table(table, scope);
    if (options.output) write_file_atomically(*options.output, out);
    else std::cout << out << std::flush;
    return 0;
}

}  // namespace spleis::cli

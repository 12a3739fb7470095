// Statistics Norway's StatBank table 07459 ("Population, by region, sex, age, contents and
// year") as a finance officer downloads it: read as it is, so no one sums ages or strips "K-"
// in a spreadsheet, where a slip silently changes every member's amount.
#include <algorithm>
#include <charconv>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "csv_text.hpp"
#include "ssb_region.hpp"
#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "utf8.hpp"

namespace spleis {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return c >= '0' && c <= '9'; });
}

int line_at(std::string_view text, std::size_t offset) {
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// The text as UTF-8. SSB's CSV downloads are ISO-8859-1: every byte is a letter there except
// 0x80–0x9F (control codes), so such a byte, or UTF-8 and Latin-1 mixed, means a damaged file.
std::string decoded(std::string_view bytes, const std::string& file, std::string& encoding) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const std::size_t invalid = utf8::first_invalid(bytes);
    if (invalid == std::string_view::npos) {
        encoding = "UTF-8";
        return std::string(bytes);
    }
    encoding = "ISO-8859-1";
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 16);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            continue;
        }
        if (c < 0xA0)
            throw Error(Location{file, line_at(bytes, i)},
                        fmt::format("byte 0x{:02X} is not a letter in ISO-8859-1 (Latin-1, the encoding of Statistics "
                                    "Norway's CSV downloads) nor part of UTF-8; the file is damaged: download it again",
                                    c));
        // "Ã¸" read as Latin-1 is a UTF-8 "ø": part of the file was saved in the other encoding.
        if ((c == 0xC3 || c == 0xC2) && i + 1 < bytes.size() && static_cast<unsigned char>(bytes[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(bytes[i + 1]) <= 0xBF)
            throw Error(Location{file, line_at(bytes, i)},
                        fmt::format("the file mixes UTF-8 (this line) and ISO-8859-1 (line {}); download it again rather "
                                    "than editing it",
                                    line_at(bytes, invalid)));
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

std::string_view first_line(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    while (text.starts_with("\n") || text.starts_with("\r\n")) text.remove_prefix(text[0] == '\n' ? 1 : 2);
    return text.substr(0, text.find('\n'));
}

// "07459: Population, by region, age, contents and year" → "07459"; empty when not a title.
std::string table_id(std::string_view line) {
    if (line.starts_with('"')) line.remove_prefix(1);
    if (line.size() > 6 && all_digits(line.substr(0, 5)) && line[5] == ':') return std::string(line.substr(0, 5));
    return {};
}

char delimiter_of(std::string_view header) {
    const auto count = [&](char d) { return std::count(header.begin(), header.end(), d); };
    const std::ptrdiff_t tabs = count('\t'), semicolons = count(';'), commas = count(',');
    if (tabs >= semicolons && tabs >= commas && tabs > 0) return '\t';
    if (semicolons >= commas && semicolons > 0) return ';';
    return ',';
}

std::string delimiter_name(char d) { return d == '\t' ? "TAB" : fmt::format("'{}'", d); }

// A column of persons at 1 January: "Persons 2024", "Personer 2024", "2024", "Folkemengde 2024".
std::optional<int> year_of_heading(std::string_view heading) {
    std::string h = lower(heading);
    for (std::string_view word : {"persons", "personer", "population", "befolkning", "folkemengde", "folketal", "folketall"}) {
        if (h.starts_with(word) && h.size() > word.size() && h[word.size()] == ' ') {
            h.erase(0, word.size() + 1);
            break;
        }
    }
    if (h.size() != 4 || !all_digits(h)) return std::nullopt;
    return std::stoi(h);
}

bool mentions_a_year(std::string_view heading) {
    for (std::size_t i = 0; i + 4 <= heading.size(); ++i)
        if (all_digits(heading.substr(i, 4)) && (heading[i] == '1' || heading[i] == '2')) return true;
    return false;
}

enum class Column { region, classifier, year };

std::string years_list(const std::vector<int>& years) {
    std::string out;
    for (int y : years) out += (out.empty() ? "" : ", ") + std::to_string(y);
    return out;
}

}  // namespace

bool is_ssb_export(std::string_view bytes) {
    const std::string_view line = first_line(bytes);
    if (!table_id(line).empty()) return true;
    std::string_view first = line.substr(0, line.find_first_of(",;\t"));
    if (first.starts_with('"') && first.ends_with('"') && first.size() >= 2) first = first.substr(1, first.size() - 2);
    return lower(first) == "region";
}

PopulationTable parse_ssb_07459(std::string_view bytes, const std::string& file, std::optional<int> wanted_year) {
    if (const std::string_view encoding = utf8::wide_encoding(bytes); !encoding.empty())
        throw Error(Location{file}, fmt::format("the file is saved as {} (\"Unicode\"); download it from Statistics Norway "
                                                "again as CSV",
                                                encoding));
    std::string encoding;
    const std::string text = decoded(bytes, file, encoding);
    const std::vector<std::string_view> lines = csv::lines_of(text);
    const auto at = [&](std::size_t index) { return Location{file, static_cast<int>(index + 1)}; };
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].find('\0') != std::string_view::npos) throw Error(at(i), "not a CSV text file: the line holds a zero byte");

    std::size_t index = 0;
    const auto skip_blank = [&] {
        while (index < lines.size() && lines[index].find_first_not_of(" \t") == std::string_view::npos) ++index;
    };
    skip_blank();
    if (index < lines.size()) {
        if (const std::string id = table_id(lines[index]); !id.empty()) {
            if (id != "07459") {
                std::string title = csv::split_fields(lines[index], '\t').front();
                throw Error(at(index), fmt::format("this is Statistics Norway's table {} (\"{}\"), not 07459 (population by "
                                                   "region, age and year); download table 07459",
                                                   id, title));
            }
            ++index;
            skip_blank();
        }
    }
    if (index >= lines.size()) throw Error(Location{file}, "the Statistics Norway export has a title but no table");

    const std::size_t header_index = index;
    const char delimiter = delimiter_of(lines[header_index]);
    const std::vector<std::string> headings = csv::split_fields(lines[header_index], delimiter);
    std::vector<Column> kinds;
    std::vector<int> years;
    std::ptrdiff_t region_col = -1, year_col = -1;
    for (const std::string& heading : headings) {
        const std::string h = lower(heading);
        if (h == "region") {
            region_col = static_cast<std::ptrdiff_t>(kinds.size());
            kinds.push_back(Column::region);
        } else if (h == "age" || h == "alder" || h == "sex" || h == "kjønn" || h == "contents" || h == "statistikkvariabel") {
            kinds.push_back(Column::classifier);
        } else if (const std::optional<int> year = year_of_heading(heading)) {
            if (std::find(years.begin(), years.end(), *year) != years.end())
                throw Error(at(header_index), fmt::format("two columns hold {}", *year));
            if (wanted_year == *year) year_col = static_cast<std::ptrdiff_t>(kinds.size());
            years.push_back(*year);
            kinds.push_back(Column::year);
        } else {
            throw Error(at(header_index),
                        fmt::format("column \"{}\" is not one of table 07459's (region, age, sex, contents, and persons by "
                                    "year like \"Persons 2024\"){}; is this an export of another table?",
                                    heading, mentions_a_year(heading) ? ": it is not a count of persons" : ""));
        }
    }
    if (region_col < 0) throw Error(at(header_index), "the Statistics Norway export has no column `region`");
    if (years.empty())
        throw Error(at(header_index), "the Statistics Norway export has no column of persons by year, like \"Persons 2024\"");
    if (!wanted_year && years.size() > 1)
        throw Error(Location{file}, fmt::format("the file holds several years ({}); say which population year to use", years_list(years)));
    if (!wanted_year) year_col = static_cast<std::ptrdiff_t>(std::find(kinds.begin(), kinds.end(), Column::year) - kinds.begin());
    if (year_col < 0)
        throw Error(Location{file}, fmt::format("the file has no population for 1 January {}; it has {}", *wanted_year, years_list(years)));
    const int year = wanted_year ? *wanted_year : years.front();

    struct Total {
        std::string code, name, label;
        std::int64_t population = 0;
        int line = 0;
    };
    std::vector<Total> totals;  // in file order
    std::map<std::string, std::size_t> by_label;
    std::map<std::string, int> first_line_of_key;
    for (std::size_t i = header_index + 1; i < lines.size(); ++i) {
        if (lines[i].find_first_not_of(" \t") == std::string_view::npos) continue;
        const std::vector<std::string> fields = csv::split_fields(lines[i], delimiter);
        if (fields.size() != headings.size())
            throw Error(at(i), fmt::format("expected {} fields like the header, found {}", headings.size(), fields.size()));
        const std::string& label = fields[static_cast<std::size_t>(region_col)];
        Total row{"", "", label, 0, static_cast<int>(i + 1)};
        if (const std::optional<std::string> code = ssb::municipal_code(label)) {
            const std::string_view rest = std::string_view(label).substr(label.starts_with("K-") ? 2 : 0);
            row.code = *code;
            row.name = ssb::trimmed(rest.substr(std::min<std::size_t>(5, rest.size())));
        }
        // The same region with the same age (and sex) twice would be counted twice.
        std::string key = row.code.empty() ? label : row.code;
        for (std::size_t c = 0; c < fields.size(); ++c)
            if (kinds[c] == Column::classifier) key += '\x1f' + fields[c];
        if (auto [it, inserted] = first_line_of_key.emplace(key, row.line); !inserted) {
            std::string what = row.code.empty() ? "\"" + label + "\"" : "municipality " + row.code;
            for (std::size_t c = 0; c < fields.size(); ++c)
                if (kinds[c] == Column::classifier) what += ", " + fields[c];
            throw Error(at(i), fmt::format("{} appears twice (first on line {})", what, it->second));
        }

        const std::string& value = fields[static_cast<std::size_t>(year_col)];
        const std::string whose = row.code.empty() ? "\"" + label + "\"" : row.code + " " + row.name;
        if (value.empty())
            throw Error(at(i), fmt::format("the population of {} for 1 January {} is empty", whose, year));
        if (value == "." || value == ".." || value == "..." || value == ":" || value == "-")
            throw Error(at(i), fmt::format("the population of {} for 1 January {} is \"{}\", Statistics Norway's sign for "
                                           "a figure that is missing or withheld",
                                           whose, year, value));
        std::int64_t persons = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), persons);
        if (ec == std::errc::result_out_of_range || (ec == std::errc() && end == value.data() + value.size() && persons > max_population))
            throw Error(at(i), fmt::format("population of {} is not believable: {} (at most 100 000 000)", whose, value));
        if (ec != std::errc() || end != value.data() + value.size() || persons < 0)
            throw Error(at(i), fmt::format("population of {} for 1 January {} must be a whole number of inhabitants, got \"{}\"",
                                           whose, year, value));

        const std::string total_key = row.code.empty() ? label : row.code;
        auto [it, inserted] = by_label.emplace(total_key, totals.size());
        if (inserted) totals.push_back(row);
        Total& total = totals[it->second];
        if (!row.code.empty() && total.name != row.name)
            throw Error(at(i), fmt::format("municipality {} is called \"{}\" here but \"{}\" on line {}", row.code, row.name,
                                           total.name, total.line));
        total.population += persons;
        if (total.population > max_population)
            throw Error(at(i), fmt::format("population of {} is not believable: more than 100 000 000 summed", whose));
    }

    PopulationTable table;
    table.file = file;
    table.year = year;
    table.years = years;
    table.layout = fmt::format("Statistics Norway table 07459, {}, {}-separated", encoding, delimiter_name(delimiter));
    for (Total& t : totals) {
        if (t.code.empty())
            table.left_out.push_back({t.label, t.population, t.line, "not a municipality"});
        else if (t.population == 0)
            table.left_out.push_back({t.label, 0, t.line, fmt::format("no inhabitants on 1 January {}", year)});
        else
            table.rows.push_back({t.code, t.name, t.population});
    }
    if (table.rows.empty()) throw Error(Location{file}, "the Statistics Norway export holds no municipality with inhabitants");
    return table;
}

PopulationTable parse_population(std::string_view bytes, const std::string& file, std::optional<int> year) {
    if (is_ssb_export(bytes)) return parse_ssb_07459(bytes, file, year);
    return parse_population_csv(bytes, file);
}

PopulationTable load_population(const std::string& path, std::optional<int> year) {
    return parse_population(read_text_file(path, "population file"), path, year);
}

}  // namespace spleis

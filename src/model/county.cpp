#include "spleis/county.hpp"

#include <fmt/format.h>

namespace spleis {

namespace {
constexpr County county_table[] = {
    {"01", "Østfold", 2018, 2019},
    {"02", "Akershus", 2018, 2019},
    {"03", "Oslo", 2018, 0},
    {"04", "Hedmark", 2018, 2019},
    {"05", "Oppland", 2018, 2019},
    {"06", "Buskerud", 2018, 2019},
    {"07", "Vestfold", 2018, 2019},
    {"08", "Telemark", 2018, 2019},
    {"09", "Aust-Agder", 2018, 2019},
    {"10", "Vest-Agder", 2018, 2019},
    {"11", "Rogaland", 2018, 0},
    {"12", "Hordaland", 2018, 2019},
    {"14", "Sogn og Fjordane", 2018, 2019},
    {"15", "Møre og Romsdal", 2018, 0},
    {"18", "Nordland", 2018, 0},
    {"19", "Troms", 2018, 2019},
    {"20", "Finnmark", 2018, 2019},
    {"30", "Viken", 2020, 2023},
    {"31", "Østfold", 2024, 0},
    {"32", "Akershus", 2024, 0},
    {"33", "Buskerud", 2024, 0},
    {"34", "Innlandet", 2020, 0},
    {"38", "Vestfold og Telemark", 2020, 2023},
    {"39", "Vestfold", 2024, 0},
    {"40", "Telemark", 2024, 0},
    {"42", "Agder", 2020, 0},
    {"46", "Vestland", 2020, 0},
    {"50", "Trøndelag", 2018, 0},
    {"54", "Troms og Finnmark", 2020, 2023},
    {"55", "Troms", 2024, 0},
    {"56", "Finnmark", 2024, 0},
};
}  // namespace

std::span<const County> counties() { return county_table; }

const County* county_in(std::string_view code, int year) {
    for (const County& c : county_table)
        if (c.code == code && c.from_year <= year && (c.to_year == 0 || year <= c.to_year)) return &c;
    return nullptr;
}

std::string county_history(std::string_view code) {
    std::string out;
    for (const County& c : county_table)
        if (c.code == code)
            out += fmt::format("{}{} {} ({}–{})", out.empty() ? "" : ", ", c.code, c.name, c.from_year,
                               c.to_year ? std::to_string(c.to_year) : "");
    return out;
}

std::optional<Municipality> county_member(std::string_view code, const PopulationTable& table) {
    const County* county = county_in(code, table.year);
    if (!county) return std::nullopt;
    Municipality member{fmt::format("F-{}", code), fmt::format("{} fylkeskommune", county->name), 0};
    bool any = false;
    for (const Municipality& m : table.rows)
        if (m.code.starts_with(code)) member.population += m.population, any = true;
    if (!any) return std::nullopt;
    return member;
}

std::optional<std::string> county_code_of_member(std::string_view text) {
    if (text.size() != 4 || (text[0] != 'F' && text[0] != 'f') || text[1] != '-') return std::nullopt;
    const std::string code(text.substr(2));
    if (!std::isdigit(static_cast<unsigned char>(code[0])) || !std::isdigit(static_cast<unsigned char>(code[1]))) return std::nullopt;
    return code;
}

}  // namespace spleis

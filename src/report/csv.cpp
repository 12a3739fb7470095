// One row per member, for spreadsheets and scripts: plain numbers, no thousands separators.
#include <fmt/format.h>

#include "json_text.hpp"
#include "spleis/report.hpp"

namespace spleis {

namespace {
std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}
}  // namespace

std::string render_csv(const Allocation& a) {
    // `asked` only when a shortfall rule reduced the amounts, so other reports keep their columns.
    const bool asked = a.shortfall.has_value();
    std::string out = asked ? "code,name,population,amount,amount_per_inhabitant,limit,asked\n"
                            : "code,name,population,amount,amount_per_inhabitant,limit\n";
    for (const MemberShare& m : a.members) {
        const double per_inhabitant =
            m.municipality.population > 0 ? to_kroner(m.amount) / static_cast<double>(m.municipality.population) : 0;
        out += fmt::format("{},{},{},{},{:.6f},{}", m.municipality.code, csv_field(m.municipality.name),
                           m.municipality.population, json::kroner(m.amount), per_inhabitant, limit_name(m.limit));
        out += asked ? "," + json::kroner(m.asked) + "\n" : "\n";
    }
    return out;
}

}  // namespace spleis

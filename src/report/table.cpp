// The report people read in a terminal: aligned columns and amounts as "261 906 kr".
#include <algorithm>
#include <array>
#include <vector>

#include <fmt/format.h>

#include "spleis/report.hpp"

namespace spleis {

namespace {
struct Column {
    std::string title;
    bool right_aligned;
};

std::string pad(const std::string& text, std::size_t width, bool right) {
    const std::string fill(width - std::min(width, display_width(text)), ' ');
    return right ? fill + text : text + fill;
}

std::string parameter_value(const Parameter& p, ParameterId id, Language lang) {
    switch (info(id).unit) {
        case Unit::nok: return format_kroner(p.value, p.solve ? 2 : 0, lang);
        case Unit::nok_per_inhabitant: return format_kroner(p.value, 4, lang) + " per inhabitant";
        case Unit::share: return fmt::format("{:.4g}", p.value);
    }
    return "";
}

std::string unit_text(Ore unit) {
    switch (unit) {
        case 1: return "whole øre";
        case 100: return "whole kroner";
        case 10'000: return "100 kr";
        case 100'000: return "1 000 kr";
        default: return format_nok(unit);
    }
}
}  // namespace

std::size_t display_width(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string render_table(const Allocation& a, Language lang) {
    const std::array<Column, 6> columns{{{"Code", false},
                                         {"Municipality", false},
                                         {"Population", true},
                                         {"Amount", true},
                                         {"Per inhabitant", true},
                                         {"Limit", false}}};
    std::vector<std::array<std::string, 6>> rows;
    std::int64_t population = 0;
    for (const MemberShare& m : a.members) {
        const double per_inhabitant =
            m.municipality.population > 0 ? to_kroner(m.amount) / static_cast<double>(m.municipality.population) : 0;
        rows.push_back({m.municipality.code, m.municipality.name, format_count(m.municipality.population, lang),
                        format_nok(m.amount, lang), format_kroner(per_inhabitant, 2, lang),
                        m.limit == Limit::none ? "" : std::string(limit_name(m.limit))});
        population += m.municipality.population;
    }
    const std::array<std::string, 6> total_row{"", fmt::format("Total ({} members)", a.members.size()),
                                               format_count(population, lang), format_nok(a.members_total, lang),
                                               format_kroner(population ? to_kroner(a.members_total) / static_cast<double>(population) : 0, 2, lang),
                                               ""};
    std::array<std::size_t, 6> width{};
    for (std::size_t c = 0; c < columns.size(); ++c) {
        width[c] = display_width(columns[c].title);
        for (const auto& row : rows) width[c] = std::max(width[c], display_width(row[c]));
        width[c] = std::max(width[c], display_width(total_row[c]));
    }
    const auto line = [&](const std::array<std::string, 6>& cells) {
        std::string out;
        for (std::size_t c = 0; c < cells.size(); ++c) out += (c ? "  " : "") + pad(cells[c], width[c], columns[c].right_aligned);
        out.erase(out.find_last_not_of(' ') + 1);
        return out + "\n";
    };

    std::string out = a.title + "\n";
    out += fmt::format("Model: {} ({}). Population 1 January {} ({}).\n\n", a.model_name, info(a.rule).description,
                       a.population_year, a.population_file);
    std::array<std::string, 6> header;
    for (std::size_t c = 0; c < columns.size(); ++c) header[c] = columns[c].title;
    out += line(header);
    std::size_t rule_width = 2 * (columns.size() - 1);
    for (std::size_t w : width) rule_width += w;
    out += std::string(rule_width, '-') + "\n";
    for (const auto& row : rows) out += line(row);
    out += std::string(rule_width, '-') + "\n";
    out += line(total_row);

    out += "\nParameters:\n";
    for (std::size_t i = 0; i < parameter_count; ++i) {
        const auto id = static_cast<ParameterId>(i);
        const Parameter& p = a.parameters[i];
        if (!p.given) continue;
        const std::string how = p.solve ? "solved so the budget balances" : "source: " + p.source;
        out += fmt::format("  {:<22}{}  ({})\n", info(id).key, parameter_value(p, id, lang), how);
    }
    if (!a.external_funding.empty()) {
        out += "\nExternal funding:\n";
        std::size_t name_width = 0;
        for (const Funding& f : a.external_funding) name_width = std::max(name_width, display_width(f.name));
        for (const Funding& f : a.external_funding)
            out += fmt::format("  {}  {}{}\n", pad(f.name, name_width, false), format_nok(f.amount, lang),
                               f.source.empty() ? "" : "  (source: " + f.source + ")");
    }
    out += "\n";
    out += fmt::format("Members pay   {}\n", format_nok(a.members_total, lang));
    if (!a.external_funding.empty()) out += fmt::format("Other funding {}\n", format_nok(a.total - a.members_total, lang));
    out += fmt::format("Total         {}", format_nok(a.total, lang));
    if (a.budget) out += fmt::format("  = budget {}, balanced to the øre", format_nok(*a.budget, lang));
    out += fmt::format("\nRounded to {} by the largest-remainder method.\n", unit_text(a.rounding_unit));
    return out;
}

}  // namespace spleis

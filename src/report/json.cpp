// Everything an Allocation holds, for programs: amounts both in kroner and in exact øre.
#include <fmt/format.h>

#include <cmath>

#include "json_text.hpp"
#include "spleis/report.hpp"
#include "spleis/xlsx_report.hpp"

namespace spleis {

namespace json {

std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<int>(c));
                else out += c;
        }
    }
    return out + "\"";
}

std::string number(double value) { return std::isfinite(value) ? fmt::format("{}", value) : "null"; }

std::string kroner(Ore amount) {
    const Ore magnitude = amount < 0 ? -amount : amount;
    return fmt::format("{}{}.{:02}", amount < 0 ? "-" : "", magnitude / ore_per_krone, magnitude % ore_per_krone);
}

}  // namespace json

using json::number;
using json::quoted;

std::string render_json(const Allocation& a) {
    std::string out = "{\n";
    out += fmt::format("  \"title\": {},\n  \"scenario\": {},\n  \"year\": {},\n", quoted(a.title), quoted(a.scenario_file), a.year);
    out += fmt::format("  \"model\": {},\n  \"rule\": {},\n", quoted(a.model_name), quoted(info(a.rule).key));
    out += fmt::format("  \"population\": {{\"file\": {}, \"year\": {}}},\n", quoted(a.population_file), a.population_year);
    out += fmt::format("  \"rounding_unit_ore\": {},\n", a.rounding_unit);
    if (a.solved) {
        const Parameter& p = at(a.parameters, *a.solved);
        out += fmt::format("  \"solved\": {{\"parameter\": {}, \"value\": {}, \"unit\": {}}},\n", quoted(info(*a.solved).key),
                           number(p.value), quoted(unit_name(info(*a.solved).unit)));
    } else {
        out += "  \"solved\": null,\n";
    }
    out += "  \"parameters\": [";
    bool first = true;
    for (std::size_t i = 0; i < parameter_count; ++i) {
        const Parameter& p = a.parameters[i];
        if (!p.given) continue;
        const ParameterInfo& pi = info(static_cast<ParameterId>(i));
        out += fmt::format("{}\n    {{\"name\": {}, \"value\": {}, \"unit\": {}, \"solved\": {}, \"source\": {}}}",
                           first ? "" : ",", quoted(pi.key), number(p.value), quoted(unit_name(pi.unit)),
                           p.solve ? "true" : "false", quoted(p.source));
        first = false;
    }
    out += "\n  ],\n";
    if (!a.bands.empty()) {
        out += fmt::format("  \"bands\": {{\"source\": {}, \"prices\": [", quoted(a.bands_source));
        for (std::size_t i = 0; i < a.bands.size(); ++i) {
            const Band& b = a.bands[i];
            out += fmt::format("{}\n    {{\"from\": {}, \"below\": {}, \"amount\": {}, \"amount_ore\": {}}}", i ? "," : "",
                               b.from, b.below ? std::to_string(*b.below) : "null", json::kroner(b.amount), b.amount);
        }
        out += "\n  ]},\n";
    }
    if (a.shortfall)
        out += fmt::format("  \"shortfall\": {{\"rule\": {}, \"asked\": {}, \"asked_ore\": {}}},\n",
                           quoted(shortfall_key(*a.shortfall)), json::kroner(a.asked_total), a.asked_total);
    out += "  \"members\": [";
    for (std::size_t i = 0; i < a.members.size(); ++i) {
        const MemberShare& m = a.members[i];
        const double per_inhabitant =
            m.municipality.population > 0 ? to_kroner(m.amount) / static_cast<double>(m.municipality.population) : 0;
        out += fmt::format(
            "{}\n    {{\"code\": {}, \"name\": {}, \"population\": {}, \"amount\": {}, \"amount_ore\": {}, "
            "\"amount_per_inhabitant\": {}, \"unrounded\": {}, \"limit\": {}{}}}",
            i ? "," : "", quoted(m.municipality.code), quoted(m.municipality.name), m.municipality.population,
            json::kroner(m.amount), m.amount, number(per_inhabitant), number(m.limited), quoted(limit_name(m.limit)),
            a.shortfall ? fmt::format(", \"asked\": {}, \"asked_ore\": {}", json::kroner(m.asked), m.asked) : "");
    }
    out += "\n  ],\n  \"external_funding\": [";
    for (std::size_t i = 0; i < a.external_funding.size(); ++i) {
        const Funding& f = a.external_funding[i];
        out += fmt::format("{}\n    {{\"name\": {}, \"amount\": {}, \"amount_ore\": {}, \"source\": {}}}", i ? "," : "",
                           quoted(f.name), json::kroner(f.amount), f.amount, quoted(f.source));
    }
    out += "\n  ],\n";
    out += fmt::format("  \"totals\": {{\"members\": {}, \"members_ore\": {}, \"total\": {}, \"total_ore\": {}, \"budget\": {}, "
                       "\"budget_ore\": {}}}\n",
                       json::kroner(a.members_total), a.members_total, json::kroner(a.total), a.total,
                       a.budget ? json::kroner(*a.budget) : "null", a.budget ? std::to_string(*a.budget) : "null");
    return out + "}\n";
}

std::string render(const Allocation& a, Format format, Language lang) {
    switch (format) {
        case Format::table: return render_table(a, lang);
        case Format::csv: return render_csv(a);
        case Format::json: return render_json(a);
        case Format::xlsx: return render_xlsx(a);
    }
    return "";
}

}  // namespace spleis

// The calibration as people and programs read it. Residuals are fitted minus stated, so a
// positive residual means the parameters give more than the paper says.
#include "spleis/calibration_report.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "json_text.hpp"
#include "spleis/nok.hpp"
#include "text_table.hpp"

namespace spleis {

namespace {

std::string fact_label(const Scenario& s, const Fact& fact) {
    if (fact.kind == FactKind::total) return "total";
    for (const Municipality& m : s.members)
        if (m.code == fact.member) return fmt::format("{} ({}) paid", m.name, m.code);
    return fact.member + " paid";
}

std::string value_text(ParameterId id, double value) {
    switch (info(id).unit) {
        case Unit::nok: return format_kroner(value, value == std::floor(value) ? 0 : 2);
        case Unit::nok_per_inhabitant: return format_kroner(value, 6) + " per inhabitant";
        case Unit::share: return fmt::format("{:.6g}", value);
    }
    return "";
}

// As a scenario accepts it: amounts in whole øre (what `parameters:` reads), other values in
// full precision.
std::string yaml_value(ParameterId id, double value) {
    if (info(id).unit == Unit::nok) return fmt::format("{:.2f}", value);
    return fmt::format("{:.12g}", value);
}

std::string signed_kroner(double kroner) {
    const double shown = std::abs(kroner) < 0.005 ? 0.0 : kroner;
    return (shown > 0 ? "+" : "") + format_kroner(shown, 2);
}

}  // namespace

std::string render_calibration_table(const Scenario& s, const Calibration& c) {
    std::string out = s.title + "\n";
    out += fmt::format("Model: {} ({}). Population 1 January {} ({}).\n", s.model.name, info(s.model.rule).description,
                       s.population_year, s.population_file);
    out += fmt::format("Calibrated {} from {} ({}; {} of capped and floored members tried).\n\n",
                       c.unknowns.size() == 1 ? "1 parameter" : fmt::format("{} parameters", c.unknowns.size()),
                       s.facts.size() == 1 ? "1 fact" : fmt::format("{} facts", s.facts.size()),
                       c.least_squares ? "more facts than unknowns: least squares" : "as many facts as unknowns: exact",
                       c.pieces == 1 ? "1 piece" : fmt::format("{} pieces", c.pieces));

    out += "Parameters:\n";
    for (std::size_t i = 0; i < parameter_count; ++i) {
        const auto id = static_cast<ParameterId>(i);
        const Parameter& p = s.model.parameters[i];
        if (!p.given()) continue;
        const auto found = std::find(c.unknowns.begin(), c.unknowns.end(), id);
        if (found != c.unknowns.end())
            out += fmt::format("  {:<22}{}  (calibrated)\n", info(id).key,
                               value_text(id, c.values[static_cast<std::size_t>(found - c.unknowns.begin())]));
        else
            out += fmt::format("  {:<22}{}  (source: {})\n", info(id).key, value_text(id, p.value), p.source);
    }

    TextTable facts;
    facts.right_aligned = {false, false, true, true, true};
    facts.rows.push_back({"Fact", "", "Stated", "Fitted", "Residual"});
    facts.rows.emplace_back();
    for (std::size_t f = 0; f < s.facts.size(); ++f) {
        const Fact& fact = s.facts[f];
        facts.rows.push_back({fmt::format("{}", f + 1), fmt::format("{} (line {})", fact_label(s, fact), fact.where.line),
                              format_nok(fact.amount), format_kroner(c.fits[f].fitted, 2), signed_kroner(c.fits[f].residual)});
    }
    out += "\n" + facts.render();
    if (c.facts_agree)
        out += "Every fact is met to the øre.\n";
    else
        out += "The facts contradict each other: no parameters meet them all; the values above are the least-squares "
               "fit and the residuals show by how much each fact is missed.\n";

    if (c.bound.empty()) {
        out += "\nNo member is held by the cap or the floor at these values.\n";
    } else {
        out += fmt::format("\nHeld by a limit at these values ({}):\n", c.bound.size() == 1 ? "1 member" : fmt::format("{} members", c.bound.size()));
        TextTable bound;
        bound.right_aligned = {false, false, false};
        for (const BoundMember& b : c.bound)
            bound.rows.push_back({"  " + b.municipality.code, b.municipality.name, std::string(limit_name(b.limit))});
        out += bound.render();
    }

    out += "\nTo run with these values, write under the scenario's parameters:\n";
    for (std::size_t j = 0; j < c.unknowns.size(); ++j)
        out += fmt::format("  {}: {}\n", info(c.unknowns[j]).key, yaml_value(c.unknowns[j], c.values[j]));
    return out;
}

std::string render_calibration_json(const Scenario& s, const Calibration& c) {
    using json::number;
    using json::quoted;
    std::string out = "{\n";
    out += fmt::format("  \"title\": {},\n  \"scenario\": {},\n  \"model\": {},\n  \"rule\": {},\n", quoted(s.title),
                       quoted(s.file), quoted(s.model.name), quoted(info(s.model.rule).key));
    out += fmt::format("  \"least_squares\": {},\n  \"facts_agree\": {},\n  \"pieces\": {},\n", c.least_squares ? "true" : "false",
                       c.facts_agree ? "true" : "false", c.pieces);
    out += "  \"parameters\": [";
    for (std::size_t j = 0; j < c.unknowns.size(); ++j)
        out += fmt::format("{}\n    {{\"name\": {}, \"value\": {}, \"unit\": {}}}", j ? "," : "", quoted(info(c.unknowns[j]).key),
                           number(c.values[j]), quoted(unit_name(info(c.unknowns[j]).unit)));
    out += "\n  ],\n  \"facts\": [";
    for (std::size_t f = 0; f < s.facts.size(); ++f) {
        const Fact& fact = s.facts[f];
        out += fmt::format("{}\n    {{\"kind\": {}, \"member\": {}, \"line\": {}, \"stated\": {}, \"fitted\": {}, \"residual\": {}, "
                           "\"source\": {}}}",
                           f ? "," : "", quoted(fact.kind == FactKind::total ? "total" : "member_paid"),
                           fact.kind == FactKind::total ? "null" : quoted(fact.member), fact.where.line,
                           json::kroner(fact.amount), number(c.fits[f].fitted), number(c.fits[f].residual), quoted(fact.source));
    }
    out += "\n  ],\n  \"bound\": [";
    for (std::size_t i = 0; i < c.bound.size(); ++i)
        out += fmt::format("{}\n    {{\"code\": {}, \"name\": {}, \"limit\": {}}}", i ? "," : "", quoted(c.bound[i].municipality.code),
                           quoted(c.bound[i].municipality.name), quoted(limit_name(c.bound[i].limit)));
    out += "\n  ]\n}\n";
    return out;
}

}  // namespace spleis

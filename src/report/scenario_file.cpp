// A scenario written back as YAML, so a what-if made elsewhere (the page of `spleis serve`)
// becomes a file that `spleis run` reproduces to the øre. Every value is written exactly: amounts
// from their øre, parameters in their shortest round-trip form, texts double-quoted with JSON's
// escapes (which YAML's double-quoted scalars read the same way).
#include <cmath>
#include <cstdint>

#include <fmt/format.h>

#include "json_text.hpp"
#include "spleis/report.hpp"

namespace spleis {

namespace {

std::string text(std::string_view s) { return json::quoted(s); }

// "19470000" or "260000.50": what the scenario reader takes as an amount in kroner.
std::string amount(Ore ore) {
    return ore % ore_per_krone == 0 ? fmt::format("{}", ore / ore_per_krone) : json::kroner(ore);
}

std::string value(double v) {
    if (v == std::floor(v) && std::fabs(v) < 1e15) return fmt::format("{}", static_cast<std::int64_t>(v));
    return json::number(v);
}

std::string_view rounding_name(Ore unit) {
    const RoundingUnit* u = rounding_unit_of(static_cast<double>(unit));
    return u ? u->name : "krone";  // a checked scenario has one of them
}

void write_model(const Model& m, std::string& out) {
    const auto put = [&out](std::string_view line) { out += line; out += '\n'; };
    put("model:");
    put(fmt::format("  name: {}", text(m.name)));
    if (!m.description.empty()) put(fmt::format("  description: {}", text(m.description)));
    put(fmt::format("  rule: {}", info(m.rule).key));
    if (!m.sponsor.empty()) put(fmt::format("  sponsor: {}", text(m.sponsor)));
    if (m.shortfall) put(fmt::format("  shortfall: {}", shortfall_key(*m.shortfall)));
    if (!m.bands.empty()) {
        put("  bands:");
        put(fmt::format("    source: {}", text(m.bands_source)));
        put("    prices:");
        for (const Band& b : m.bands) {
            put(fmt::format("      - from: {}", b.from));
            if (b.below) put(fmt::format("        below: {}", *b.below));
            put(fmt::format("        amount: {}", amount(b.amount)));
        }
    }
    put("  parameters:");
    for (std::size_t i = 0; i < parameter_count; ++i) {
        const Parameter& p = m.parameters[i];
        if (!p.given()) continue;
        const ParameterInfo& pi = info(static_cast<ParameterId>(i));
        put(fmt::format("    {}:", pi.key));
        put(fmt::format("      value: {}", p.solved() ? "solve" : value(p.value)));
        put(fmt::format("      unit: {}", unit_name(pi.unit)));
        put(fmt::format("      source: {}", text(p.source)));
    }
}

}  // namespace

std::string render_scenario_yaml(const Scenario& s, std::string_view population_file, std::string_view comment) {
    std::string out;
    const auto put = [&out](std::string_view line) { out += line; out += '\n'; };
    for (std::size_t start = 0; start < comment.size();) {
        const std::size_t end = std::min(comment.find('\n', start), comment.size());
        put(fmt::format("# {}", comment.substr(start, end - start)));
        start = end + 1;
    }
    put(fmt::format("title: {}", text(s.title)));
    put(fmt::format("year: {}", s.year));
    write_model(s.model, out);
    put("population:");
    put(fmt::format("  file: {}", text(population_file)));
    put(fmt::format("  year: {}", s.population_year));
    put("members:");
    for (const Municipality& m : s.members) put(fmt::format("  - {}  # {}", text(m.code), m.name));
    if (s.budget) put(fmt::format("budget: {}", amount(*s.budget)));
    if (!s.external_funding.empty()) {
        put("external_funding:");
        for (const Funding& f : s.external_funding) {
            put(fmt::format("  - name: {}", text(f.name)));
            put(fmt::format("    amount: {}", amount(f.amount)));
            if (!f.source.empty()) put(fmt::format("    source: {}", text(f.source)));
        }
    }
    if (!s.self_funded.empty()) {
        put("self_funded:");
        for (const SelfFunded& f : s.self_funded) {
            put(fmt::format("  - member: {}", text(f.code)));
            put(fmt::format("    amount: {}", amount(f.amount)));
            if (!f.source.empty()) put(fmt::format("    source: {}", text(f.source)));
        }
    }
    put(fmt::format("rounding: {}", rounding_name(s.rounding_unit)));
    return out;
}

}  // namespace spleis

// The explanation of one member's amount, built from the terms the rule returned, the limit
// that bound it and the rounding step: the engine's own numbers, so it cannot disagree.
#include "spleis/explain.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "json_text.hpp"
#include "paper.hpp"
#include "words.hpp"

namespace spleis {

namespace {

std::string_view term_key(TermKind kind) {
    switch (kind) {
        case TermKind::base_amount: return "base_amount";
        case TermKind::per_inhabitant: return "per_inhabitant";
        case TermKind::equal_share: return "equal_share";
        case TermKind::equal_part: return "equal_part";
        case TermKind::population_part: return "population_part";
        case TermKind::levy: return "levy";
        case TermKind::band: return "band";
    }
    return "";
}

std::string source_of(const Allocation& a, ParameterId id) {
    const Parameter& p = at(a.parameters, id);
    return p.solved() ? std::string(words(Language::en).solved) : p.source;
}


std::size_t paying_members(const Allocation& a) {
    return static_cast<std::size_t>(std::count_if(a.members.begin(), a.members.end(),
                                                  [](const MemberShare& m) { return m.limit != Limit::self_funded; }));
}

std::string term_text(const Allocation& a, const MemberShare& m, const Term& t, Language lang) {
    const Words& w = words(lang);
    const std::string count = format_count(std::llround(t.quantity), lang);
    const std::string price = format_kroner(t.price, 4, lang);
    switch (t.kind) {
        case TermKind::base_amount: return std::string(w.base_amount);
        case TermKind::equal_share: return std::string(w.equal_share);
        case TermKind::equal_part:
            return fmt::format(fmt::runtime(w.equal_part), format_share(at(a.parameters, ParameterId::equal_fraction).value, lang),
                               format_kroner(at(a.parameters, ParameterId::amount_to_split).value, 2, lang), paying_members(a));
        case TermKind::per_inhabitant: return fmt::format("{} × {} {}", price, count, w.inhabitants);
        case TermKind::population_part: return fmt::format(fmt::runtime(w.population_part), price, count);
        case TermKind::levy: return fmt::format(fmt::runtime(w.levy), price, count);
        case TermKind::band: {
            const Band* band = band_for(a.bands, m.municipality.population);
            std::string scale = fmt::format("{:.6g}", t.quantity);
            if (lang != Language::en) std::replace(scale.begin(), scale.end(), '.', ',');
            return fmt::format(fmt::runtime(w.band_term), band ? band_text(*band, lang) : "?", format_kroner(t.price, 2, lang),
                               scale);
        }
    }
    return "";
}


}  // namespace

MunicipalityLookup lookup_member(const Allocation& a, std::string_view code_or_name) {
    std::vector<Municipality> members;
    members.reserve(a.members.size());
    for (const MemberShare& m : a.members) members.push_back(m.municipality);
    return find_municipality(members, code_or_name, in_scenario_members());
}

std::optional<std::size_t> find_member(const Allocation& a, std::string_view code_or_name) {
    return lookup_member(a, code_or_name).index;
}

namespace {
// The explanation as a title, a line on the member and the rule, and its steps: the text and
// the council paper lay out the same steps.
struct Steps {
    std::string title, header;
    std::vector<std::string> lines;  // a term after the first starts "+ ", the sum "= "
};

Steps explain_steps(const Allocation& a, std::size_t index, Language lang) {
    const Words& w = words(lang);
    const MemberShare& m = a.members.at(index);
    Steps steps;
    steps.title = fmt::format("{} ({}), {}", m.municipality.name, m.municipality.code, a.title);
    steps.header = fmt::format(fmt::runtime(w.explain_header), format_count(m.municipality.population, lang), a.population_year,
                               rule_description(a.rule, lang));
    std::vector<std::string>& out = steps.lines;
    const auto source = [&](const std::string& text) { return fmt::format("  ({}: {})", w.source, text); };

    if (m.limit == Limit::self_funded) {
        const auto it = std::find_if(a.self_funded.begin(), a.self_funded.end(),
                                     [&](const SelfFunded& s) { return s.code == m.municipality.code; });
        out.push_back(fmt::format(fmt::runtime(w.covers_itself), format_nok(m.amount, lang)));
        if (it != a.self_funded.end() && !it->source.empty()) out.back() += source(it->source);
        return steps;
    }

    for (int k = 0; k < m.raw.term_count; ++k) {
        const Term& t = m.raw.terms[static_cast<std::size_t>(k)];
        const ParameterId id = parameter_of(t.kind);
        const Parameter& p = at(a.parameters, id);
        out.push_back(fmt::format("{} {} = {}  ({}: {})", k == 0 ? " " : "+", term_text(a, m, t, lang),
                                  format_kroner(t.amount, 2, lang), info(id).key,  // the step names it in words
                                  p.solved() ? std::string(w.solved) : p.source));
    }
    if (m.raw.term_count > 1) out.push_back(fmt::format("= {}", format_kroner(m.raw.total, 2, lang)));
    if (const std::string derivation = solved_derivation(a, lang); !derivation.empty())
        out.push_back(fmt::format("{}: {}", parameter_label(*a.solved, lang), derivation));

    const Parameter& cap = at(a.parameters, ParameterId::cap);
    const Parameter& floor = at(a.parameters, ParameterId::floor);
    const std::string cap_text = format_nok(to_ore(cap.value), lang), floor_text = format_nok(to_ore(floor.value), lang);
    if (m.limit == Limit::cap)
        out.push_back(fmt::format(fmt::runtime(w.cap_reached), cap_text, cap_text, format_kroner(m.raw.total, 2, lang)) +
                      source(cap.source));
    else if (cap.given())
        out.push_back(fmt::format(fmt::runtime(w.cap_not_reached), cap_text));
    if (m.limit == Limit::floor)
        out.push_back(fmt::format(fmt::runtime(w.floor_reached), floor_text, floor_text, format_kroner(m.raw.total, 2, lang)) +
                      source(floor.source));
    else if (floor.given())
        out.push_back(fmt::format(fmt::runtime(w.floor_not_reached), floor_text));

    if (a.shortfall && m.asked != m.amount)
        out.push_back(fmt::format(fmt::runtime(w.reduced_step), format_nok(m.asked, lang), format_kroner(m.limited, 2, lang),
                                  shortfall_text(*a.shortfall, lang)));
    const std::string unit = unit_text(a.rounding_unit, lang);
    const std::string amount = format_nok(m.amount, lang);
    if (to_ore(m.limited) == m.amount && !m.rounded_up) out.push_back(fmt::format(fmt::runtime(w.already_whole), amount, unit));
    else if (m.rounded_up) out.push_back(fmt::format(fmt::runtime(w.rounded_up), amount, unit));
    else out.push_back(fmt::format(fmt::runtime(w.rounded_down), amount, unit));
    return steps;
}

Paper explain_paper(std::span<const ExplainSection> sections, Language lang) {
    Paper paper;
    paper.lang = lang;
    for (const ExplainSection& section : sections) {
        const Steps steps = explain_steps(*section.allocation, section.member, lang);
        if (paper.title.empty()) {
            paper.title = steps.title;
            paper.heading(steps.title, 1);
        }
        if (!section.heading.empty()) paper.heading(section.heading, 2);
        paper.paragraph(steps.header);
        std::vector<std::string> items;
        for (const std::string& line : steps.lines) items.push_back(line.starts_with(" ") ? line.substr(2) : line);
        paper.list(std::move(items));
    }
    return paper;
}
}  // namespace

std::string explain_text(const Allocation& a, std::size_t index, Language lang) {
    const Steps steps = explain_steps(a, index, lang);
    std::string out = steps.title + "\n" + steps.header + "\n\n";
    for (const std::string& line : steps.lines) out += "  " + line + "\n";
    return out;
}

std::string section_heading(std::optional<int> budget_year, std::optional<std::size_t> option, std::string_view option_name,
                            Language lang) {
    const Words& w = words(lang);
    std::string heading = budget_year ? fmt::format(fmt::runtime(w.budget_year), *budget_year) : "";
    if (option)
        heading += (heading.empty() ? "" : ", ") +
                   fmt::format(fmt::runtime(w.option_named), static_cast<char>('A' + (*option + 1) % 26), option_name);
    return heading;
}

std::string explain_markdown(std::span<const ExplainSection> sections, Language lang) {
    return markdown_text(explain_paper(sections, lang));
}

std::string explain_html(std::span<const ExplainSection> sections, Language lang) {
    return html_text(explain_paper(sections, lang));
}

std::string explain_json(const Allocation& a, std::size_t index) {
    using json::number;
    using json::quoted;
    const MemberShare& m = a.members.at(index);
    std::string out = fmt::format("{{\"code\": {}, \"name\": {}, \"population\": {}, \"rule\": {}, \"terms\": [",
                                  quoted(m.municipality.code), quoted(m.municipality.name), m.municipality.population,
                                  quoted(info(a.rule).key));
    for (int k = 0; k < m.raw.term_count; ++k) {
        const Term& t = m.raw.terms[static_cast<std::size_t>(k)];
        const ParameterId id = parameter_of(t.kind);
        out += fmt::format("{}{{\"kind\": {}, \"parameter\": {}, \"quantity\": {}, \"price\": {}, \"amount\": {}, \"source\": {}}}",
                           k ? ", " : "", quoted(term_key(t.kind)), quoted(info(id).key), number(t.quantity),
                           number(t.price), number(t.amount), quoted(source_of(a, id)));
    }
    const Parameter& cap = at(a.parameters, ParameterId::cap);
    const Parameter& floor = at(a.parameters, ParameterId::floor);
    out += fmt::format("], \"rule_amount\": {}, \"cap\": {}, \"floor\": {}, \"limit\": {}, \"after_limits\": {}, ",
                       number(m.raw.total), cap.given() ? number(cap.value) : "null",
                       floor.given() ? number(floor.value) : "null", quoted(limit_name(m.limit)), number(m.limited));
    out += fmt::format("\"rounding_unit_ore\": {}, \"rounded_up\": {}, \"amount\": {}, \"amount_ore\": {}}}",
                       a.rounding_unit, m.rounded_up ? "true" : "false", json::kroner(m.amount), m.amount);
    return out;
}

std::string explain_all_json(const Allocation& a) {
    std::string out = fmt::format("{{\"title\": {}, ", json::quoted(a.title));
    if (a.solved)
        out += fmt::format("\"solved\": {{\"parameter\": {}, \"value\": {}, \"derivation\": {}}}, ",
                           json::quoted(info(*a.solved).key), json::number(at(a.parameters, *a.solved).value),
                           json::quoted(solved_derivation(a)));
    out += "\"members\": [\n";
    for (std::size_t i = 0; i < a.members.size(); ++i) out += (i ? ",\n  " : "  ") + explain_json(a, i);
    return out + "\n]}\n";
}

}  // namespace spleis

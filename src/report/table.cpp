// The report people read: in a terminal, aligned columns and amounts as "261 906 kr"; in a
// council paper, the same members, parameters, funding and totals as Markdown or HTML tables.
#include <algorithm>

#include <fmt/format.h>

#include "spleis/explain.hpp"

#include "spleis/report.hpp"
#include "paper.hpp"
#include "text_table.hpp"
#include "words.hpp"

namespace spleis {

namespace {

std::string parameter_value(const Parameter& p, ParameterId id, Language lang) {
    switch (info(id).unit) {
        case Unit::nok: return format_kroner(p.value, p.solved() ? 2 : 0, lang);
        case Unit::nok_per_inhabitant: return fmt::format("{} {}", format_kroner(p.value, 4, lang), words(lang).per_inhabitant_unit);
        case Unit::share: return format_share(p.value, lang);
    }
    return "";
}

std::string with_source(const std::string& source, Language lang) {
    return source.empty() ? "" : fmt::format("  ({}: {})", words(lang).source, source);
}

}  // namespace

std::size_t display_width(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string render_table(const Allocation& a, Language lang) {
    const Words& w = words(lang);
    TextTable members;
    // With a shortfall rule at work, what each was asked stands before what it pays.
    const bool asked = a.shortfall.has_value();
    members.right_aligned = {false, false, true, true, true, false};
    members.rows.push_back({std::string(w.code), std::string(w.municipality), std::string(w.population),
                            std::string(w.amount), std::string(w.per_inhabitant), std::string(w.limit)});
    if (asked) {
        members.right_aligned.insert(members.right_aligned.begin() + 3, true);
        members.rows.back().insert(members.rows.back().begin() + 3, std::string(w.asked));
    }
    members.rows.emplace_back();
    std::int64_t population = 0;
    const auto per_inhabitant = [](Ore amount, std::int64_t inhabitants) {
        return inhabitants > 0 ? to_kroner(amount) / static_cast<double>(inhabitants) : 0.0;
    };
    for (const MemberShare& m : a.members) {
        members.rows.push_back({m.municipality.code, m.municipality.name, format_count(m.municipality.population, lang),
                                format_nok(m.amount, lang),
                                format_kroner(per_inhabitant(m.amount, m.municipality.population), 2, lang),
                                std::string(limit_text(m.limit, lang))});
        if (asked) members.rows.back().insert(members.rows.back().begin() + 3, format_nok(m.asked, lang));
        population += m.municipality.population;
    }
    members.rows.emplace_back();
    members.rows.push_back({"", fmt::format(fmt::runtime(w.total_of_members), a.members.size()), format_count(population, lang),
                            format_nok(a.members_total, lang), format_kroner(per_inhabitant(a.members_total, population), 2, lang),
                            ""});
    if (asked) {
        Ore self_funded = 0;
        for (const SelfFunded& f : a.self_funded) self_funded += f.amount;
        members.rows.back().insert(members.rows.back().begin() + 3, format_nok(a.asked_total + self_funded, lang));
    }

    std::string out = a.title + "\n";
    out += fmt::format(fmt::runtime(w.model_line), a.model_name, rule_description(a.rule, lang), a.population_year,
                       a.population_file);
    out += "\n\n" + members.render();

    out += fmt::format("\n{}:\n", w.parameters);
    std::size_t label_width = 22;  // the keys fit in 22; the Norwegian names beside them may not
    for (std::size_t i = 0; i < parameter_count; ++i)
        if (a.parameters[i].given())
            label_width = std::max(label_width, display_width(parameter_label(static_cast<ParameterId>(i), lang)) + 2);
    for (std::size_t i = 0; i < parameter_count; ++i) {
        const auto id = static_cast<ParameterId>(i);
        const Parameter& p = a.parameters[i];
        if (!p.given()) continue;
        const std::string how = p.solved() ? fmt::format("  ({})", w.solved) : with_source(p.source, lang);
        const std::string label = parameter_label(id, lang);
        out += "  " + label + std::string(label_width - display_width(label), ' ') + parameter_value(p, id, lang) + how + "\n";
        if (p.solved())
            if (const std::string derivation = solved_derivation(a, lang); !derivation.empty())
                out += "    " + derivation + "\n";
    }
    if (!a.bands.empty()) {
        out += a.bands_source.empty() ? fmt::format("\n{}:\n", w.bands)
                                      : fmt::format("\n{} ({}: {}):\n", w.bands, w.source, a.bands_source);
        TextTable bands;
        bands.right_aligned = {false, true};
        for (const Band& band : a.bands) bands.rows.push_back({"  " + band_text(band, lang), format_nok(band.amount, lang)});
        out += bands.render();
    }
    if (!a.external_funding.empty()) {
        out += fmt::format("\n{}:\n", w.external_funding);
        TextTable funding;
        funding.right_aligned = {false, true, false};
        for (const Funding& f : a.external_funding)
            funding.rows.push_back({"  " + f.name, format_nok(f.amount, lang), with_source(f.source, lang)});
        out += funding.render();
    }

    TextTable totals;
    totals.right_aligned = {false, true, false};
    totals.rows.push_back({std::string(w.members_pay), format_nok(a.members_total, lang), ""});
    if (!a.external_funding.empty()) totals.rows.push_back({std::string(w.other_funding), format_nok(a.total - a.members_total, lang), ""});
    totals.rows.push_back({std::string(w.total), format_nok(a.total, lang),
                           a.budget ? fmt::format(fmt::runtime(w.balanced), format_nok(*a.budget, lang)) : ""});
    // Appended in two steps: GCC 12 at -O3 reports a false -Wrestrict on "\n" + std::string.
    out += "\n";
    out += totals.render();
    if (a.shortfall) {
        Ore paying = 0;
        for (const MemberShare& m : a.members)
            if (m.limit != Limit::self_funded) paying += m.amount;
        out += fmt::format(fmt::runtime(w.reduced_line), format_nok(a.asked_total, lang), format_nok(paying, lang),
                           shortfall_text(*a.shortfall, lang)) +
               "\n";
    }
    out += fmt::format(fmt::runtime(w.rounded), unit_text(a.rounding_unit, lang)) + "\n";
    for (const std::string& note : a.reforms_followed) out += "Reform: " + note + "\n";
    return out;
}

namespace {

double per_inhabitant_kroner(Ore amount, std::int64_t inhabitants) {
    return inhabitants > 0 ? to_kroner(amount) / static_cast<double>(inhabitants) : 0.0;
}

Paper allocation_paper(const Allocation& a, Language lang) {
    const Words& w = words(lang);
    Paper paper;
    paper.title = a.title;
    paper.lang = lang;
    paper.heading(a.title, 1);
    paper.paragraph(fmt::format(fmt::runtime(w.model_line), a.model_name, rule_description(a.rule, lang), a.population_year,
                                a.population_file));

    const bool asked = a.shortfall.has_value();
    PaperTable members;
    members.header = {std::string(w.code), std::string(w.municipality), std::string(w.population)};
    if (asked) members.header.emplace_back(w.asked);
    members.header.insert(members.header.end(), {std::string(w.amount), std::string(w.per_inhabitant), std::string(w.limit)});
    members.right_aligned = {false, false, true, true, true, asked, false};
    std::int64_t population = 0;
    for (const MemberShare& m : a.members) {
        std::vector<std::string> row{m.municipality.code, m.municipality.name, format_count(m.municipality.population, lang)};
        if (asked) row.push_back(format_nok(m.asked, lang));
        row.insert(row.end(), {format_nok(m.amount, lang),
                               format_kroner(per_inhabitant_kroner(m.amount, m.municipality.population), 2, lang),
                               std::string(limit_text(m.limit, lang))});
        members.rows.push_back(std::move(row));
        population += m.municipality.population;
    }
    std::vector<std::string> total{"", fmt::format(fmt::runtime(w.total_of_members), a.members.size()), format_count(population, lang)};
    if (asked) total.push_back(format_nok(a.asked_total, lang));
    total.insert(total.end(), {format_nok(a.members_total, lang), format_kroner(per_inhabitant_kroner(a.members_total, population), 2, lang), ""});
    members.rows.push_back(std::move(total));
    members.total_rows = 1;
    paper.table(std::move(members));

    paper.heading(std::string(w.parameters), 2);
    PaperTable parameters;
    parameters.header = {std::string(w.parameter), std::string(w.value), capitalized(w.source)};
    parameters.right_aligned = {false, true, false};
    for (std::size_t i = 0; i < parameter_count; ++i) {
        const auto id = static_cast<ParameterId>(i);
        const Parameter& p = a.parameters[i];
        if (!p.given()) continue;
        std::string source = p.solved() ? std::string(w.solved) : p.source;
        if (p.solved())
            if (const std::string derivation = solved_derivation(a, lang); !derivation.empty()) source += ": " + derivation;
        parameters.rows.push_back({parameter_label(id, lang), parameter_value(p, id, lang), source});
    }
    paper.table(std::move(parameters));

    if (!a.bands.empty()) {
        paper.heading(std::string(w.bands), 2);
        if (!a.bands_source.empty()) paper.paragraph(fmt::format("{}: {}", w.source, a.bands_source));
        PaperTable bands;
        bands.header = {std::string(w.population), std::string(w.amount)};
        bands.right_aligned = {false, true};
        for (const Band& band : a.bands) bands.rows.push_back({band_text(band, lang), format_nok(band.amount, lang)});
        paper.table(std::move(bands));
    }
    if (!a.external_funding.empty()) {
        paper.heading(std::string(w.external_funding), 2);
        PaperTable funding;
        funding.header = {std::string(w.name), std::string(w.amount), capitalized(w.source)};
        funding.right_aligned = {false, true, false};
        for (const Funding& f : a.external_funding) funding.rows.push_back({f.name, format_nok(f.amount, lang), f.source});
        paper.table(std::move(funding));
    }

    paper.heading(std::string(w.total), 2);
    PaperTable totals;
    totals.header = {"", std::string(w.amount)};
    totals.right_aligned = {false, true};
    totals.rows.push_back({std::string(w.members_pay), format_nok(a.members_total, lang)});
    if (!a.external_funding.empty()) totals.rows.push_back({std::string(w.other_funding), format_nok(a.total - a.members_total, lang)});
    totals.rows.push_back({std::string(w.total), format_nok(a.total, lang)});
    totals.total_rows = 1;
    paper.table(std::move(totals));
    if (a.budget) paper.paragraph(fmt::format("{} {}", w.total, fmt::format(fmt::runtime(w.balanced), format_nok(*a.budget, lang))));
    if (a.shortfall) {
        Ore paying = 0;
        for (const MemberShare& m : a.members)
            if (m.limit != Limit::self_funded) paying += m.amount;
        paper.paragraph(fmt::format(fmt::runtime(w.reduced_line), format_nok(a.asked_total, lang), format_nok(paying, lang),
                                    shortfall_text(*a.shortfall, lang)));
    }
    paper.paragraph(fmt::format(fmt::runtime(w.rounded), unit_text(a.rounding_unit, lang)));
    for (const std::string& note : a.reforms_followed) paper.paragraph("Reform: " + note);
    return paper;
}

}  // namespace

std::string render_markdown(const Allocation& a, Language lang) { return markdown_text(allocation_paper(a, lang)); }
std::string render_html(const Allocation& a, Language lang) { return html_text(allocation_paper(a, lang)); }

}  // namespace spleis

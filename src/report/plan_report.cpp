// Multi-year reports. The period's amounts are the years' rounded amounts added up, so each
// column and the total column add up exactly, as the budgets do.
#include "spleis/plan_report.hpp"

#include <cmath>

#include <fmt/format.h>

#include "json_text.hpp"
#include "spleis/comparison_report.hpp"
#include "spleis/error.hpp"
#include "text_table.hpp"
#include "words.hpp"

namespace spleis {

namespace {

std::string period_name(const std::vector<int>& years) {
    if (years.size() == 1) return std::to_string(years.front());
    return fmt::format("{}–{}", years.front(), years.back());
}

std::vector<int> years_of(const PlanAllocation& a) {
    std::vector<int> years;
    for (const Allocation& y : a.years) years.push_back(y.year);
    return years;
}

std::string index_text(const Plan& plan) {
    if (plan.index_percent) return fmt::format("; index {} % a year", *plan.index_percent);
    if (plan.dated_index.empty()) return "";
    std::string text;
    for (const auto& [year, percent] : plan.dated_index) text += fmt::format("{}{} {} %", text.empty() ? "" : ", ", year, percent);
    return "; index " + text;
}

std::string parameter_text(ParameterId id, const Parameter& p, Language lang) {
    switch (info(id).unit) {
        case Unit::nok: return format_kroner(p.value, p.value == std::floor(p.value) ? 0 : 2, lang);
        case Unit::nok_per_inhabitant: return format_kroner(p.value, 4, lang) + "/inh.";
        case Unit::share: return format_share(p.value, lang);
    }
    return "";
}

std::string per_inhabitant(Ore amount, std::int64_t population) {
    return fmt::format("{:.6f}", population > 0 ? to_kroner(amount) / static_cast<double>(population) : 0.0);
}

// A comparison's CSV with `year` in front of every row (the header once).
void csv_with_year(const std::string& csv, const std::string& year, bool header, std::string& out) {
    std::size_t at = 0;
    bool first = true;
    while (at < csv.size()) {
        const std::size_t end = csv.find('\n', at);
        const std::string line = csv.substr(at, end == std::string::npos ? std::string::npos : end - at);
        at = end == std::string::npos ? csv.size() : end + 1;
        if (first) {
            if (header) out += "year," + line + "\n";
            first = false;
            continue;
        }
        if (!line.empty()) out += year + "," + line + "\n";
    }
}

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

}  // namespace

std::string render_plan_table(const Plan& plan, const PlanAllocation& a, Language lang) {
    const Words& w = words(lang);
    const std::vector<int> years = years_of(a);
    const Allocation& first = a.years.front();
    std::string out = plan.title + "\n";
    out += fmt::format("Model: {} ({}). Population 1 January of {} ({}){}.\n\n", first.model_name,
                       rule_description(first.rule, lang),
                       plan.years_before == 0 ? "each budget year"
                       : plan.years_before == 1 ? "the year before each budget year"
                                                : fmt::format("{} years before each budget year", plan.years_before),
                       plan.population_pattern, index_text(plan));

    TextTable table;
    table.right_aligned = {false, false};
    std::vector<std::string> header{std::string(w.code), std::string(w.municipality)};
    for (int y : years) {
        header.push_back(std::to_string(y));
        table.right_aligned.push_back(true);
    }
    header.push_back(fmt::format("{} {}", w.total, period_name(years)));
    table.right_aligned.push_back(true);
    table.right_aligned.push_back(false);
    header.push_back(std::string(w.limit));
    table.rows.push_back(header);
    table.rows.emplace_back();
    for (std::size_t i = 0; i < a.period.members.size(); ++i) {
        const MemberShare& m = a.period.members[i];
        std::vector<std::string> row{m.municipality.code, m.municipality.name};
        for (const Allocation& y : a.years) {
            const MemberShare& that = y.members[i];
            row.push_back(format_nok(that.amount, lang) + (that.limit == Limit::cap ? "*" : that.limit == Limit::floor ? "°" : " "));
        }
        row.push_back(format_nok(m.amount, lang));
        row.push_back(m.limit == Limit::self_funded ? std::string(limit_text(m.limit, lang)) : "");
        table.rows.push_back(row);
    }
    table.rows.emplace_back();
    std::vector<std::string> totals{"", fmt::format(fmt::runtime(w.total_of_members), a.period.members.size())};
    std::vector<std::string> budgets{"", "Budget"};
    for (const Allocation& y : a.years) {
        totals.push_back(format_nok(y.members_total, lang) + " ");
        budgets.push_back(y.budget ? format_nok(*y.budget, lang) + " " : "– ");
    }
    totals.push_back(format_nok(a.period.members_total, lang));
    budgets.push_back(a.period.budget ? format_nok(*a.period.budget, lang) : "–");
    table.rows.push_back(totals);
    table.rows.push_back(budgets);
    out += table.render();
    out += fmt::format("* = at the cap, ° = at the floor that year.\n\nEach budget year:\n");

    for (std::size_t k = 0; k < a.years.size(); ++k) {
        const Allocation& y = a.years[k];
        std::string line = fmt::format("  {}  population 1 January {}", y.year, y.population_year);
        for (std::size_t i = 0; i < parameter_count; ++i) {
            const auto id = static_cast<ParameterId>(i);
            const Parameter& p = y.parameters[i];
            if (!p.given()) continue;
            line += fmt::format(";  {} {}{}", parameter_label(id, lang), parameter_text(id, p, lang), p.solved() ? " (solved)" : "");
        }
        Ore other = y.total - y.members_total;
        if (other != 0) line += fmt::format(";  {} {}", w.other_funding, format_nok(other, lang));
        if (y.budget) line += fmt::format(";  {}", fmt::format(fmt::runtime(w.balanced), format_nok(*y.budget, lang)));
        if (y.shortfall)
            line += fmt::format(";  asked {}, reduced {}", format_nok(y.asked_total, lang), shortfall_text(*y.shortfall, lang));
        out += line + "\n";
    }
    out += fmt::format("\nAmounts written once are in {} kroner and carried to each year by the index; a value dated by "
                       "year is in that year's kroner.\n",
                       years.front());
    out += fmt::format(fmt::runtime(w.rounded), unit_text(first.rounding_unit, lang)) + "\n";
    return out;
}

std::string render_plan_csv(const PlanAllocation& a) {
    std::string out = "year,code,name,population,amount,amount_per_inhabitant,limit\n";
    const auto row = [&](const std::string& year, const MemberShare& m) {
        std::string name = m.municipality.name;
        if (name.find_first_of(",\"\n") != std::string::npos) {
            std::string quoted = "\"";
            for (char c : name) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
            name = quoted + "\"";
        }
        out += fmt::format("{},{},{},{},{},{},{}\n", year, m.municipality.code, name, m.municipality.population,
                           json::kroner(m.amount), per_inhabitant(m.amount, m.municipality.population), limit_name(m.limit));
    };
    for (const Allocation& y : a.years)
        for (const MemberShare& m : y.members) row(std::to_string(y.year), m);
    for (const MemberShare& m : a.period.members) row("total", m);
    return out;
}

std::string render_plan_json(const Plan& plan, const PlanAllocation& a) {
    using json::quoted;
    std::string out = "{\n";
    out += fmt::format("  \"title\": {},\n  \"scenario\": {},\n  \"years\": [", quoted(plan.title), quoted(plan.file));
    for (std::size_t k = 0; k < a.years.size(); ++k) out += fmt::format("{}{}", k ? ", " : "", a.years[k].year);
    out += fmt::format("],\n  \"population_years_before\": {},\n", plan.years_before);
    out += fmt::format("  \"index_percent\": {},\n", plan.index_percent ? json::number(*plan.index_percent) : "null");
    out += "  \"index_percent_by_year\": {";
    bool first = true;
    for (const auto& [year, percent] : plan.dated_index) {
        out += fmt::format("{}\"{}\": {}", first ? "" : ", ", year, json::number(percent));
        first = false;
    }
    out += "},\n  \"by_year\": [\n";
    for (std::size_t k = 0; k < a.years.size(); ++k) out += (k ? ",\n" : "") + trimmed(render_json(a.years[k]));
    out += "\n  ],\n  \"period\": {\n    \"members\": [";
    for (std::size_t i = 0; i < a.period.members.size(); ++i) {
        const MemberShare& m = a.period.members[i];
        out += fmt::format("{}\n      {{\"code\": {}, \"name\": {}, \"average_population\": {}, \"amount\": {}, \"amount_ore\": {}, "
                           "\"limit\": {}}}",
                           i ? "," : "", quoted(m.municipality.code), quoted(m.municipality.name), m.municipality.population,
                           json::kroner(m.amount), m.amount, quoted(limit_name(m.limit)));
    }
    const Allocation& p = a.period;
    out += fmt::format("\n    ],\n    \"totals\": {{\"members\": {}, \"members_ore\": {}, \"total\": {}, \"total_ore\": {}, "
                       "\"budget\": {}, \"budget_ore\": {}}}\n  }}\n}}\n",
                       json::kroner(p.members_total), p.members_total, json::kroner(p.total), p.total,
                       p.budget ? json::kroner(*p.budget) : "null", p.budget ? std::to_string(*p.budget) : "null");
    return out;
}

std::string render_plan_comparison(const PlanComparison& c, Format format, bool summary, Language lang) {
    std::string out;
    const std::string period = period_name(c.years);
    switch (format) {
        case Format::table: {
            const Words& w = words(lang);
            for (std::size_t k = 0; k < c.years.size(); ++k)
                out += fmt::format("== {} ==\n", fmt::format(fmt::runtime(w.budget_year), c.years[k])) +
                       render_comparison_table(c.by_year[k], lang) + "\n";
            out += fmt::format("== {} ==\n", fmt::format(fmt::runtime(w.period_in_all), period)) + render_comparison_table(c.period, lang);
            return out;
        }
        case Format::csv: {
            const auto render = [&](const Comparison& one) {
                return summary ? render_comparison_summary_csv(one) : render_comparison_csv(one);
            };
            for (std::size_t k = 0; k < c.years.size(); ++k) csv_with_year(render(c.by_year[k]), std::to_string(c.years[k]), k == 0, out);
            csv_with_year(render(c.period), "total", c.years.empty(), out);
            return out;
        }
        case Format::json: {
            out = "{\n  \"years\": [";
            for (std::size_t k = 0; k < c.years.size(); ++k) out += fmt::format("{}{}", k ? ", " : "", c.years[k]);
            out += "],\n  \"by_year\": [\n";
            for (std::size_t k = 0; k < c.years.size(); ++k) out += (k ? ",\n" : "") + trimmed(render_comparison_json(c.by_year[k]));
            out += "\n  ],\n  \"period\": " + trimmed(render_comparison_json(c.period)) + "\n}\n";
            return out;
        }
        case Format::xlsx: case Format::markdown: case Format::html: break;
    }
    throw Error(Location{}, fmt::format("--format {} is not available for a scenario of several budget years; use table, csv or json",
                                        format_name(format)));
}

}  // namespace spleis

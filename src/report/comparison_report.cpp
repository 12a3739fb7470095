// Options side by side, for committees (table) and for programs (CSV, JSON).
#include "spleis/comparison_report.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "json_text.hpp"
#include "paper.hpp"
#include "text_table.hpp"
#include "words.hpp"

namespace spleis {

namespace {

double per_inhabitant(const MemberShare& m) {
    return m.municipality.population > 0 ? to_kroner(m.amount) / static_cast<double>(m.municipality.population) : 0;
}

// Percent change from the baseline; nothing when the baseline amount is zero.
std::optional<double> percent_change(Ore base, Ore amount) {
    if (base == 0) return std::nullopt;
    return 100.0 * static_cast<double>(amount - base) / static_cast<double>(base);
}

std::string signed_nok(Ore amount, Language lang) { return fmt::format("{}{}", amount > 0 ? "+" : "", format_nok(amount, lang)); }

std::string percent_text(std::optional<double> p, Language lang) {
    if (!p) return "–";
    std::string text = fmt::format("{:+.1f} %", *p);
    if (lang != Language::en) std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

// A, B, …, Z, A1, B1, …: short column labels explained by the legend above the table.
std::string letter(std::size_t k) {
    const char name = static_cast<char>('A' + k % 26);
    return k < 26 ? std::string(1, name) : fmt::format("{}{}", name, k / 26);
}

std::string solved_text(const OptionSummary& s, Language lang) {
    if (!s.solved) return "–";
    const ParameterInfo& p = info(*s.solved);
    const std::string label = parameter_label(*s.solved, lang);
    switch (p.unit) {
        case Unit::nok_per_inhabitant:
            return fmt::format("{} {} {}", label, format_kroner(s.solved_value, 4, lang), words(lang).per_inhabitant_unit);
        case Unit::nok: return fmt::format("{} {}", label, format_kroner(s.solved_value, 2, lang));
        case Unit::share: return fmt::format("{} {}", label, format_share(s.solved_value, lang));
    }
    return "";
}

std::string decimal(double value, int decimals, Language lang) {
    std::string text = fmt::format("{:.{}f}", value, decimals);
    if (lang != Language::en) std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

}  // namespace

std::string render_comparison_table(const Comparison& c, Language lang) {
    const Words& w = words(lang);
    const Allocation& base = c.options.front().allocation;
    std::string out;
    if (c.same_members) {
        out = fmt::format(fmt::runtime(w.compared), base.title, c.options.size(), base.members.size());
    } else {
        const auto [fewest, most] = std::minmax_element(c.summaries.begin(), c.summaries.end(),
                                                        [](const auto& a, const auto& b) { return a.members < b.members; });
        out = fmt::format(fmt::runtime(w.compared_differing), base.title, c.options.size(), c.members.size(), fewest->members,
                          most->members);
    }
    out += "\n\n";
    for (std::size_t k = 0; k < c.options.size(); ++k)
        out += fmt::format("  {}  {}{}\n", letter(k), c.options[k].name, k == 0 ? fmt::format("  ({})", w.baseline) : "");
    out += "\n";

    TextTable members;
    std::vector<std::string> header{std::string(w.code), std::string(w.municipality), std::string(w.population)};
    members.right_aligned = {false, false, true};
    for (std::size_t k = 0; k < c.options.size(); ++k) {
        header.push_back(letter(k));
        members.right_aligned.push_back(true);
        if (k > 0) {
            for (const char* h : {"Δ kr", "Δ %"}) {
                header.push_back(fmt::format("{} {}", letter(k), h));
                members.right_aligned.push_back(true);
            }
        }
        header.push_back(fmt::format("{} {}", letter(k), w.per_inhabitant_short));
        members.right_aligned.push_back(true);
    }
    members.rows.push_back(header);
    members.rows.emplace_back();
    for (std::size_t i = 0; i < c.members.size(); ++i) {
        const Municipality& who = c.members[i].municipality;
        const MemberShare* b = c.share(i, 0);
        std::vector<std::string> row{who.code, who.name, format_count(who.population, lang)};
        for (std::size_t k = 0; k < c.options.size(); ++k) {
            const MemberShare* m = c.share(i, k);
            row.push_back(m ? format_nok(m->amount, lang) + (m->limit == Limit::cap ? "*" : "") : std::string(w.not_a_member));
            if (k > 0) {
                if (m && b) {
                    row.push_back(m->amount == b->amount ? "0 kr" : signed_nok(m->amount - b->amount, lang));
                    row.push_back(percent_text(percent_change(b->amount, m->amount), lang));
                } else {
                    row.insert(row.end(), {"–", "–"});
                }
            }
            row.push_back(m ? format_kroner(per_inhabitant(*m), 2, lang) : "–");
        }
        members.rows.push_back(std::move(row));
    }
    out += members.render();
    out += fmt::format("* = {}\n\n", w.at_the_cap);

    TextTable summary;
    summary.right_aligned = {false, false, true, true, false, true, true, true, true, true};
    summary.rows.push_back({"", std::string(w.option), std::string(w.paying), std::string(w.members_pay), std::string(w.solved_short),
                            std::string(w.smallest), std::string(w.largest), std::string(w.capped), "Gini",
                            std::string(w.highest_lowest)});
    summary.rows.emplace_back();
    for (std::size_t k = 0; k < c.options.size(); ++k) {
        const OptionSummary& s = c.summaries[k];
        summary.rows.push_back({letter(k), c.options[k].name, std::to_string(s.paying), format_nok(s.members_total, lang),
                                solved_text(s, lang), format_nok(s.smallest, lang), format_nok(s.largest, lang),
                                std::to_string(s.capped), decimal(s.gini, 3, lang), decimal(s.highest_to_lowest, 1, lang) + "×"});
    }
    out += summary.render();
    out += std::string(w.gini_note) + "\n";
    return out;
}

namespace {

// At most this many options side by side, so each table of a council paper fits a portrait page.
constexpr std::size_t options_per_table = 5;

Paper comparison_paper(const Comparison& c, Language lang) {
    const Words& w = words(lang);
    const Allocation& base = c.options.front().allocation;
    Paper paper;
    paper.title = base.title;
    paper.lang = lang;
    paper.heading(base.title, 1);
    if (c.same_members) {
        paper.paragraph(fmt::format(fmt::runtime(w.compared), base.title, c.options.size(), base.members.size()));
    } else {
        const auto [fewest, most] = std::minmax_element(c.summaries.begin(), c.summaries.end(),
                                                        [](const auto& a, const auto& b) { return a.members < b.members; });
        paper.paragraph(fmt::format(fmt::runtime(w.compared_differing), base.title, c.options.size(), c.members.size(),
                                    fewest->members, most->members));
    }
    std::vector<std::string> legend;
    for (std::size_t k = 0; k < c.options.size(); ++k)
        legend.push_back(fmt::format("{}: {}{}", letter(k), c.options[k].name, k == 0 ? fmt::format(" ({})", w.baseline) : ""));
    paper.list(std::move(legend));

    for (std::size_t first = 0; first < c.options.size(); first += options_per_table) {
        const std::size_t last = std::min(c.options.size(), first + options_per_table);
        PaperTable amounts;
        amounts.header = {std::string(w.code), std::string(w.municipality), std::string(w.population)};
        amounts.right_aligned = {false, false, true};
        for (std::size_t k = first; k < last; ++k) {
            amounts.header.push_back(letter(k));
            amounts.right_aligned.push_back(true);
        }
        for (std::size_t i = 0; i < c.members.size(); ++i) {
            const Municipality& who = c.members[i].municipality;
            std::vector<std::string> row{who.code, who.name, format_count(who.population, lang)};
            for (std::size_t k = first; k < last; ++k) {
                const MemberShare* m = c.share(i, k);
                row.push_back(m ? format_nok(m->amount, lang) + (m->limit == Limit::cap ? "*" : "") : std::string(w.not_a_member));
            }
            amounts.rows.push_back(std::move(row));
        }
        std::vector<std::string> total{"", std::string(w.members_pay), ""};
        for (std::size_t k = first; k < last; ++k) total.push_back(format_nok(c.summaries[k].members_total, lang));
        amounts.rows.push_back(std::move(total));
        amounts.total_rows = 1;
        paper.heading(std::string(w.members_heading), 2);
        paper.table(std::move(amounts));
    }
    paper.paragraph(fmt::format("* = {}", w.at_the_cap));

    for (std::size_t first = 1; first < c.options.size(); first += options_per_table) {
        const std::size_t last = std::min(c.options.size(), first + options_per_table);
        PaperTable changes;
        changes.header = {std::string(w.code), std::string(w.municipality)};
        changes.right_aligned = {false, false};
        for (std::size_t k = first; k < last; ++k) {
            changes.header.push_back(letter(k));
            changes.right_aligned.push_back(true);
        }
        for (std::size_t i = 0; i < c.members.size(); ++i) {
            const Municipality& who = c.members[i].municipality;
            const MemberShare* b = c.share(i, 0);
            std::vector<std::string> row{who.code, who.name};
            for (std::size_t k = first; k < last; ++k) {
                const MemberShare* m = c.share(i, k);
                if (!m || !b) row.emplace_back("–");
                else if (m->amount == b->amount) row.emplace_back("0 kr");
                else row.push_back(signed_nok(m->amount - b->amount, lang) + " (" + percent_text(percent_change(b->amount, m->amount), lang) + ")");
            }
            changes.rows.push_back(std::move(row));
        }
        paper.heading(fmt::format(fmt::runtime(w.difference_from), letter(0)), 2);
        paper.table(std::move(changes));
    }

    // One column per option, one row per measure: the options side by side on a portrait page.
    for (std::size_t first = 0; first < c.options.size(); first += options_per_table) {
        const std::size_t last = std::min(c.options.size(), first + options_per_table);
        PaperTable summary;
        summary.header = {""};
        summary.right_aligned = {false};
        for (std::size_t k = first; k < last; ++k) {
            summary.header.push_back(letter(k));
            summary.right_aligned.push_back(true);
        }
        const auto measure = [&](std::string_view name, auto text) {
            std::vector<std::string> row{std::string(name)};
            for (std::size_t k = first; k < last; ++k) row.push_back(text(c.summaries[k]));
            summary.rows.push_back(std::move(row));
        };
        measure(w.paying, [](const OptionSummary& s) { return std::to_string(s.paying); });
        measure(w.members_pay, [&](const OptionSummary& s) { return format_nok(s.members_total, lang); });
        measure(w.solved_short, [&](const OptionSummary& s) { return solved_text(s, lang); });
        measure(w.smallest, [&](const OptionSummary& s) { return format_nok(s.smallest, lang); });
        measure(w.largest, [&](const OptionSummary& s) { return format_nok(s.largest, lang); });
        measure(w.capped, [](const OptionSummary& s) { return std::to_string(s.capped); });
        measure("Gini", [&](const OptionSummary& s) { return decimal(s.gini, 3, lang); });
        measure(w.highest_lowest, [&](const OptionSummary& s) { return decimal(s.highest_to_lowest, 1, lang) + "×"; });
        paper.heading(std::string(w.options_heading), 2);
        paper.table(std::move(summary));
    }
    std::string note(w.gini_note);
    std::replace(note.begin(), note.end(), '\n', ' ');
    paper.paragraph(note);
    return paper;
}

}  // namespace

std::string render_comparison_markdown(const Comparison& c, Language lang) { return markdown_text(comparison_paper(c, lang)); }
std::string render_comparison_html(const Comparison& c, Language lang) { return html_text(comparison_paper(c, lang)); }

namespace {
std::string csv_field(const std::string& text) { return text.find_first_of(",\"\n") == std::string::npos ? text : json::quoted(text); }
}  // namespace

std::string render_comparison_csv(const Comparison& c) {
    std::string out = "option,code,name,population,amount,difference,difference_percent,amount_per_inhabitant,limit\n";
    for (std::size_t k = 0; k < c.options.size(); ++k) {
        const std::string name = csv_field(c.options[k].name);
        for (std::size_t i = 0; i < c.members.size(); ++i) {
            const MemberShare* m = c.share(i, k);
            const MemberShare* b = c.share(i, 0);
            const Municipality& who = m ? m->municipality : c.members[i].municipality;
            out += fmt::format("{},{},{},{},", name, who.code, csv_field(who.name), who.population);
            if (!m) {
                out += ",,,,not-a-member\n";
                continue;
            }
            const std::optional<double> p = b ? percent_change(b->amount, m->amount) : std::nullopt;
            out += fmt::format("{},{},{},{:.6f},{}\n", json::kroner(m->amount), b ? json::kroner(m->amount - b->amount) : "",
                               p ? fmt::format("{:.4f}", *p) : "", per_inhabitant(*m), limit_name(m->limit));
        }
    }
    return out;
}

std::string render_comparison_summary_csv(const Comparison& c) {
    std::string out =
        "option,members_total,solved_parameter,solved_value,smallest,largest,capped,floored,gini,highest_to_lowest,members,paying\n";
    for (std::size_t k = 0; k < c.options.size(); ++k) {
        const OptionSummary& s = c.summaries[k];
        out += fmt::format("{},{},{},{},{},{},{},{},{:.6f},{:.6f},{},{}\n", csv_field(c.options[k].name), json::kroner(s.members_total),
                           s.solved ? info(*s.solved).key : "", s.solved ? json::number(s.solved_value) : "",
                           json::kroner(s.smallest), json::kroner(s.largest), s.capped, s.floored, s.gini, s.highest_to_lowest,
                           s.members, s.paying);
    }
    return out;
}

std::string render_comparison_json(const Comparison& c) {
    using json::kroner;
    using json::number;
    using json::quoted;
    const Allocation& base = c.options.front().allocation;
    std::string out = fmt::format("{{\n  \"title\": {},\n  \"baseline\": {},\n  \"same_members\": {},\n  \"options\": [",
                                  quoted(base.title), quoted(c.options.front().name), c.same_members);
    for (std::size_t k = 0; k < c.options.size(); ++k) {
        const OptionSummary& s = c.summaries[k];
        out += fmt::format(
            "{}\n    {{\"name\": {}, \"rule\": {}, \"members\": {}, \"paying\": {}, \"members_total\": {}, \"solved\": {}, "
            "\"smallest\": {}, \"largest\": {}, \"capped\": {}, \"floored\": {}, \"gini\": {}, \"highest_to_lowest\": {}}}",
            k ? "," : "", quoted(c.options[k].name), quoted(info(c.options[k].allocation.rule).key), s.members, s.paying,
            kroner(s.members_total),
            s.solved ? fmt::format("{{\"parameter\": {}, \"value\": {}}}", quoted(info(*s.solved).key), number(s.solved_value))
                     : "null",
            kroner(s.smallest), kroner(s.largest), s.capped, s.floored, number(s.gini), number(s.highest_to_lowest));
    }
    // amounts[k] is null where the municipality is not a member of option k.
    out += "\n  ],\n  \"members\": [";
    for (std::size_t i = 0; i < c.members.size(); ++i) {
        const Municipality& m = c.members[i].municipality;
        out += fmt::format("{}\n    {{\"code\": {}, \"name\": {}, \"population\": {}, \"amounts\": [", i ? "," : "",
                           quoted(m.code), quoted(m.name), m.population);
        const MemberShare* b = c.share(i, 0);
        for (std::size_t k = 0; k < c.options.size(); ++k) {
            const MemberShare* x = c.share(i, k);
            if (!x) {
                out += k ? ", null" : "null";
                continue;
            }
            const std::optional<double> p = b ? percent_change(b->amount, x->amount) : std::nullopt;
            out += fmt::format("{}{{\"amount\": {}, \"amount_ore\": {}, \"difference\": {}, \"difference_percent\": {}, "
                               "\"amount_per_inhabitant\": {}, \"limit\": {}}}",
                               k ? ", " : "", kroner(x->amount), x->amount, b ? kroner(x->amount - b->amount) : "null",
                               p ? number(*p) : "null", number(per_inhabitant(*x)), quoted(limit_name(x->limit)));
        }
        out += "]}";
    }
    return out + "\n  ]\n}\n";
}

}  // namespace spleis

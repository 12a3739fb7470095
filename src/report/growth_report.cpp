// A fund's growth step by step, for committees (table) and programs (CSV, JSON).
#include "spleis/growth_report.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "json_text.hpp"
#include "text_table.hpp"

namespace spleis {

namespace {

struct GrowthWords {
    std::string_view title;      // "{}: how the fund grows as members join, {}"
    std::string_view frame;      // "Upper frame {}; {} adds {} kr per krone paid in, up to {}. Population 1 January {}."
    std::string_view largest, smallest, county, listed;
    std::string_view levy;       // "{} = a levy of {} per inhabitant"
    std::string_view step, joins, members, population, pays, match, fund, to_frame, filling;
    std::string_view county_joins;  // "county {} ({} municipalities)"
    std::string_view county_word;   // "county"
    std::string_view note;       // under the table
};

constexpr GrowthWords english{
    .title = "{}: how the fund grows as members join, {}",
    .frame = "Upper frame {}; {} adds {} kr per krone paid in, up to {}. Population 1 January {}.",
    .largest = "largest first",
    .smallest = "smallest first",
    .county = "a county at a time",
    .listed = "in the listed order",
    .levy = "{} = a levy of {} per inhabitant",
    .step = "Step",
    .joins = "Joins",
    .members = "Members",
    .population = "Population",
    .pays = "pay",
    .match = "match",
    .fund = "fund",
    .to_frame = "to frame",
    .filling = "Levy filling the frame",
    .county_joins = "county {} ({} municipalities)",
    .county_word = "county",
    .note = "pay: what the members so far pay at the levy; match: the sponsor's part; to frame: the fund less its upper frame\n"
        "(below 0: short of it). The last column is the levy with which the members so far would fill the frame.",
};

constexpr GrowthWords bokmal{
    .title = "{}: slik vokser fondet når medlemmene slutter seg til, {}",
    .frame = "Øvre ramme {}; {} legger til {} kr per innbetalt krone, opptil {}. Folketall 1. januar {}.",
    .largest = "største først",
    .smallest = "minste først",
    .county = "ett fylke om gangen",
    .listed = "i den oppgitte rekkefølgen",
    .levy = "{} = innbetaling på {} per innbygger",
    .step = "Steg",
    .joins = "Blir med",
    .members = "Medlemmer",
    .population = "Innbyggere",
    .pays = "betaler",
    .match = "tilskudd",
    .fund = "fond",
    .to_frame = "mot ramme",
    .filling = "Innbetaling som fyller rammen",
    .county_joins = "fylke {} ({} kommuner)",
    .county_word = "fylke",
    .note = "betaler: det medlemmene så langt betaler med innbetalingen; tilskudd: motpartens del; mot ramme: fondet minus den\n"
        "øvre rammen (under 0: under rammen). Siste kolonne er innbetalingen som ville fylt rammen med medlemmene så langt.",
};

constexpr GrowthWords nynorsk{
    .title = "{}: slik veks fondet når medlemene sluttar seg til, {}",
    .frame = "Øvre ramme {}; {} legg til {} kr per innbetalt krone, opptil {}. Folketal 1. januar {}.",
    .largest = "største først",
    .smallest = "minste først",
    .county = "eitt fylke om gongen",
    .listed = "i den oppgjevne rekkjefølgja",
    .levy = "{} = innbetaling på {} per innbyggjar",
    .step = "Steg",
    .joins = "Blir med",
    .members = "Medlemer",
    .population = "Innbyggjarar",
    .pays = "betaler",
    .match = "tilskot",
    .fund = "fond",
    .to_frame = "mot ramme",
    .filling = "Innbetaling som fyller ramma",
    .county_joins = "fylke {} ({} kommunar)",
    .county_word = "fylke",
    .note = "betaler: det medlemene så langt betaler med innbetalinga; tilskot: motparten sin del; mot ramme: fondet minus den\n"
        "øvre ramma (under 0: under ramma). Siste kolonnen er innbetalinga som ville fylt ramma med medlemene så langt.",
};

const GrowthWords& words_for(Language lang) {
    switch (lang) {
        case Language::nb: return bokmal;
        case Language::nn: return nynorsk;
        case Language::en: break;
    }
    return english;
}

std::string_view order_text(const Growth& g, const GrowthWords& w) {
    switch (g.order) {
        case JoinOrder::largest_first: return w.largest;
        case JoinOrder::smallest_first: return w.smallest;
        case JoinOrder::by_county: return w.county;
        case JoinOrder::listed: return w.listed;
    }
    return "";
}

std::string letter(std::size_t k) { return std::string(1, static_cast<char>('A' + k % 26)); }

std::string joins_text(const GrowthStep& s, const GrowthWords& w, Language lang) {
    if (!s.county.empty() && s.joining.size() == 1) return fmt::format("{} {}: {}", w.county_word, s.county, s.joining.front().name);
    if (!s.county.empty()) return fmt::format(fmt::runtime(w.county_joins), s.county, format_count(static_cast<long long>(s.joining.size()), lang));
    return s.joining.front().name;
}

std::string levy_text(double levy, Language lang) { return format_kroner(levy, levy * 100 == std::floor(levy * 100) ? 2 : 4, lang); }

std::string signed_nok(Ore amount, Language lang) { return (amount > 0 ? "+" : "") + format_nok(amount, lang); }

// 1, 0.5: as few decimals as the rate has.
std::string decimal(double value, Language lang) {
    std::string text = fmt::format("{:g}", value);
    if (lang != Language::en) std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

double of_frame(const Growth& g, Ore fund) { return g.frame > 0 ? static_cast<double>(fund) / static_cast<double>(g.frame) : 0; }

}  // namespace

std::string render_growth_table(const Growth& g, Language lang) {
    const GrowthWords& w = words_for(lang);
    std::string out = fmt::format(fmt::runtime(w.title), g.title, order_text(g, w)) + "\n";
    out += fmt::format(fmt::runtime(w.frame), format_nok(g.frame, lang), g.sponsor, decimal(g.match_rate, lang),
                       format_nok(g.sponsor_maximum, lang), g.population_year) + "\n";
    for (std::size_t k = 0; k < g.levies.size(); ++k)
        out += "  " + fmt::format(fmt::runtime(w.levy), letter(k), levy_text(g.levies[k], lang)) + "\n";
    out += "\n";
    TextTable table;
    std::vector<std::string> header{std::string(w.step), std::string(w.joins), std::string(w.members), std::string(w.population)};
    table.right_aligned = {true, false, true, true};
    for (std::size_t k = 0; k < g.levies.size(); ++k)
        for (std::string_view h : {w.pays, w.match, w.fund, w.to_frame}) {
            header.push_back(fmt::format("{} {}", letter(k), h));
            table.right_aligned.push_back(true);
        }
    header.emplace_back(w.filling);
    table.right_aligned.push_back(true);
    table.rows.push_back(std::move(header));
    table.rows.emplace_back();
    for (std::size_t i = 0; i < g.steps.size(); ++i) {
        const GrowthStep& s = g.steps[i];
        std::vector<std::string> row{std::to_string(i + 1), joins_text(s, w, lang), format_count(s.members, lang),
                                     format_count(s.population, lang)};
        for (const GrowthAtLevy& a : s.at) {
            row.push_back(format_nok(a.members_pay, lang));
            row.push_back(format_nok(a.match, lang));
            row.push_back(format_nok(a.fund, lang));
            row.push_back(a.fund == g.frame ? format_nok(0, lang) : signed_nok(a.fund - g.frame, lang));
        }
        row.push_back(format_kroner(s.filling_levy, 4, lang));
        table.rows.push_back(std::move(row));
    }
    out += table.render();
    out += std::string(w.note) + "\n";
    return out;
}

namespace {
std::string csv_field(const std::string& text) { return text.find_first_of(",\"\n") == std::string::npos ? text : json::quoted(text); }
}  // namespace

std::string render_growth_csv(const Growth& g) {
    std::string out = "step,joins,members,population,filling_levy,levy,members_pay,match,fund,frame,fund_of_frame\n";
    for (std::size_t i = 0; i < g.steps.size(); ++i) {
        const GrowthStep& s = g.steps[i];
        std::string joins;
        for (const Municipality& m : s.joining) joins += (joins.empty() ? "" : " ") + m.code;
        const std::string head = fmt::format("{},{},{},{},{},", i + 1, csv_field(joins), s.members, s.population, json::number(s.filling_levy));
        if (s.at.empty()) out += head + fmt::format(",,,,{},\n", json::kroner(g.frame));
        for (std::size_t k = 0; k < s.at.size(); ++k) {
            const GrowthAtLevy& a = s.at[k];
            out += head + fmt::format("{},{},{},{},{},{:.6f}\n", json::number(g.levies[k]), json::kroner(a.members_pay),
                                      json::kroner(a.match), json::kroner(a.fund), json::kroner(g.frame), of_frame(g, a.fund));
        }
    }
    return out;
}

std::string render_growth_json(const Growth& g) {
    using json::kroner;
    using json::number;
    using json::quoted;
    std::string out = fmt::format("{{\n  \"title\": {},\n  \"order\": {},\n  \"frame\": {},\n  \"frame_ore\": {},\n  \"sponsor\": {},\n"
                                  "  \"match_rate\": {},\n  \"sponsor_maximum\": {},\n  \"population_year\": {},\n  \"levies\": [",
                                  quoted(g.title), quoted(order_text(g, english)), kroner(g.frame), g.frame, quoted(g.sponsor),
                                  number(g.match_rate), kroner(g.sponsor_maximum), g.population_year);
    for (std::size_t k = 0; k < g.levies.size(); ++k) out += (k ? ", " : "") + number(g.levies[k]);
    out += "],\n  \"steps\": [";
    for (std::size_t i = 0; i < g.steps.size(); ++i) {
        const GrowthStep& s = g.steps[i];
        out += fmt::format("{}\n    {{\"step\": {}, \"joins\": [", i ? "," : "", i + 1);
        for (std::size_t j = 0; j < s.joining.size(); ++j)
            out += fmt::format("{}{{\"code\": {}, \"name\": {}, \"population\": {}}}", j ? ", " : "", quoted(s.joining[j].code),
                               quoted(s.joining[j].name), s.joining[j].population);
        out += fmt::format("], \"members\": {}, \"population\": {}, \"filling_levy\": {}, \"at\": [", s.members, s.population,
                           number(s.filling_levy));
        for (std::size_t k = 0; k < s.at.size(); ++k) {
            const GrowthAtLevy& a = s.at[k];
            out += fmt::format("{}{{\"levy\": {}, \"members_pay\": {}, \"members_pay_ore\": {}, \"match\": {}, \"match_ore\": {}, "
                               "\"fund\": {}, \"fund_ore\": {}, \"fund_of_frame\": {}}}",
                               k ? ", " : "", number(g.levies[k]), kroner(a.members_pay), a.members_pay, kroner(a.match), a.match,
                               kroner(a.fund), a.fund, number(of_frame(g, a.fund)));
        }
        out += "]}";
    }
    return out + "\n  ]\n}\n";
}

}  // namespace spleis

// Where a solved value comes from, in the engine's own numbers: what the paying members must
// raise, less what the members held by a cap or floor pay, less the parts of the rule that do
// not depend on the solved parameter, over what it multiplies (inhabitants or members).
// "19.9932 kr per inhabitant = what the 42 members must pay after Bergen's 9 100 000 kr:
// 10 370 000 kr, less the 5 capped members' 2 500 000 kr, less 37 × 100 000 kr of base amount:
// 4 170 000 kr over their 208 571 inhabitants". Used by run, explain, the trace and the server.
#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "spleis/explain.hpp"
#include "words.hpp"

namespace spleis {

namespace {

struct DerivationWords {
    std::string_view must_pay;        // "what the {} members must pay"
    std::string_view after_one;       // " after {}'s {}"
    std::string_view after_many;      // " after the {} self-funded members' {}"
    std::string_view after_funding;   // " and {} of other funding" (after a self-funded member's part)
    std::string_view first_funding;   // " after {} of other funding"
    std::string_view less_capped;     // ", less the {} capped members' {}"
    std::string_view less_floored;    // ", less the {} members held at the floor: {}"
    std::string_view less_terms;      // ", less {} × {} of {}"
    std::string_view less_sum;        // ", less {} of {}"
    std::string_view over_inhabitants;  // ": {} over their {} inhabitants"
    std::string_view over_members;      // ": {} over {} members"
    std::string_view split_equally;     // "; {} of it split equally, {} each; {} by population: {} per inhabitant = {} of {} ÷ {} inhabitants"
    std::string_view key_part;          // ": {} over the other members' part of the key, {}"
    std::string_view per_inhabitant;    // "per inhabitant"
};

constexpr DerivationWords english{
    .must_pay = "what the {} members must pay",
    .after_one = " after {}'s {}",
    .after_many = " after the {} self-funded members' {}",
    .after_funding = " and {} of other funding",
    .first_funding = " after {} of other funding",
    .less_capped = ", less the {} capped members' {}",
    .less_floored = ", less the {} members held at the floor: {}",
    .less_terms = ", less {} × {} of {}",
    .less_sum = ", less {} of {}",
    .over_inhabitants = ": {} over their {} inhabitants",
    .over_members = ": {} over {} members",
    .split_equally = "; {} of it split equally, {} each; {} by population: {} per inhabitant = {} of {} ÷ {} inhabitants",
    .key_part = ": {} over the other members' part of the key, {}",
    .per_inhabitant = "per inhabitant",
};
constexpr DerivationWords bokmal{
    .must_pay = "det de {} medlemmene må betale",
    .after_one = " etter {}s {}",
    .after_many = " etter de {} egenfinansierte medlemmenes {}",
    .after_funding = " og {} i annen finansiering",
    .first_funding = " etter {} i annen finansiering",
    .less_capped = ", minus {1} for de {0} medlemmene ved taket",
    .less_floored = ", minus {1} for de {0} medlemmene ved gulvet",
    .less_terms = ", minus {} × {} i {}",
    .less_sum = ", minus {} i {}",
    .over_inhabitants = ": {} fordelt på deres {} innbyggere",
    .over_members = ": {} fordelt på {} medlemmer",
    .split_equally = "; {} av det delt likt, {} hver; {} etter folketall: {} per innbygger = {} av {} ÷ {} innbyggere",
    .key_part = ": {} fordelt på de andre medlemmenes del av nøkkelen, {}",
    .per_inhabitant = "per innbygger",
};
constexpr DerivationWords nynorsk{
    .must_pay = "det dei {} medlemene må betale",
    .after_one = " etter {}s {}",
    .after_many = " etter dei {} eigenfinansierte medlemene sine {}",
    .after_funding = " og {} i anna finansiering",
    .first_funding = " etter {} i anna finansiering",
    .less_capped = ", minus {1} for dei {0} medlemene ved taket",
    .less_floored = ", minus {1} for dei {0} medlemene ved golvet",
    .less_terms = ", minus {} × {} i {}",
    .less_sum = ", minus {} i {}",
    .over_inhabitants = ": {} fordelt på dei {} innbyggjarane deira",
    .over_members = ": {} fordelt på {} medlemer",
    .split_equally = "; {} av det delt likt, {} kvar; {} etter folketal: {} per innbyggjar = {} av {} ÷ {} innbyggjarar",
    .key_part = ": {} fordelt på dei andre medlemene sin del av nøkkelen, {}",
    .per_inhabitant = "per innbyggjar",
};

const DerivationWords& derivation_words(Language lang) {
    switch (lang) {
        case Language::nb: return bokmal;
        case Language::nn: return nynorsk;
        case Language::en: break;
    }
    return english;
}

std::string percent(double share, Language lang) {
    std::string text = fmt::format("{:.4g} %", share * 100);
    if (lang != Language::en) std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

std::string term_name(TermKind kind, Language lang) {
    const Words& w = words(lang);
    switch (kind) {
        case TermKind::base_amount: return std::string(w.base_amount);
        case TermKind::equal_share: return std::string(w.equal_share);
        default: return parameter_label(parameter_of(kind), lang);
    }
}
}  // namespace

std::string solved_value_text(const Allocation& a, Language lang) {
    if (!a.solved) return "";
    const double value = at(a.parameters, *a.solved).value;
    switch (info(*a.solved).unit) {
        case Unit::nok_per_inhabitant: return fmt::format("{} {}", format_kroner(value, 4, lang), derivation_words(lang).per_inhabitant);
        case Unit::nok: return format_kroner(value, 2, lang);
        case Unit::share: break;
    }
    std::string text = fmt::format("{:.6g}", value);
    if (lang != Language::en) std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

std::string solved_derivation(const Allocation& a, Language lang) {
    if (!a.solved || a.shortfall || !info(a.rule).on_population_line || info(a.rule).sponsor_matched) return "";
    const DerivationWords& d = derivation_words(lang);
    const ParameterId solved = *a.solved;
    const auto nok = [&](double kroner) { return format_nok(to_ore(kroner), lang); };

    std::size_t paying = 0, capped = 0, floored = 0, free = 0;
    double must_pay = 0, at_cap = 0, at_floor = 0, quantity = 0;
    std::map<TermKind, std::pair<std::size_t, double>> other_terms;  // count, sum
    std::map<TermKind, double> prices;
    bool same_price = true;
    std::int64_t free_population = 0;
    double key_share = 0;  // mixed key: the free members' part of the key
    const double fraction = at(a.parameters, ParameterId::equal_fraction).value;
    std::int64_t population = 0;
    for (const MemberShare& m : a.members) {
        if (m.limit == Limit::self_funded) continue;
        ++paying;
        population += m.municipality.population;
        must_pay += m.limited;
        if (m.limit == Limit::cap) ++capped, at_cap += m.limited;
        if (m.limit == Limit::floor) ++floored, at_floor += m.limited;
        if (m.limit != Limit::none) continue;
        ++free;
        free_population += m.municipality.population;
        for (int k = 0; k < m.raw.term_count; ++k) {
            const Term& t = m.raw.terms[static_cast<std::size_t>(k)];
            if (parameter_of(t.kind) == solved) {
                quantity += t.quantity;
                continue;
            }
            auto& [count, sum] = other_terms[t.kind];
            ++count, sum += t.amount;
            if (auto [it, fresh] = prices.emplace(t.kind, t.price); !fresh && it->second != t.price) same_price = false;
        }
    }
    if (paying == 0) return "";

    std::string out = solved_value_text(a, lang) + " = " + fmt::format(fmt::runtime(d.must_pay), paying);
    if (a.self_funded.size() == 1) {
        std::string name = a.self_funded.front().code;
        for (const MemberShare& m : a.members)
            if (m.municipality.code == name) name = m.municipality.name;
        out += fmt::format(fmt::runtime(d.after_one), name, format_nok(a.self_funded.front().amount, lang));
    } else if (a.self_funded.size() > 1) {
        Ore sum = 0;
        for (const SelfFunded& s : a.self_funded) sum += s.amount;
        out += fmt::format(fmt::runtime(d.after_many), a.self_funded.size(), format_nok(sum, lang));
    }
    if (!a.external_funding.empty()) {
        Ore sum = 0;
        for (const Funding& f : a.external_funding) sum += f.amount;
        out += fmt::format(fmt::runtime(a.self_funded.empty() ? d.first_funding : d.after_funding), format_nok(sum, lang));
    }
    const std::size_t before_total = out.size();
    out += ": " + nok(must_pay);

    if (a.rule == RuleKind::mixed_key && solved == ParameterId::amount_to_split) {
        const double pot = at(a.parameters, solved).value;
        if (capped == 0 && floored == 0)
            return out + fmt::format(fmt::runtime(d.split_equally), percent(fraction, lang), nok(fraction * pot / static_cast<double>(paying)),
                                     percent(1 - fraction, lang),
                                     format_kroner((1 - fraction) * pot / static_cast<double>(population), 4, lang),
                                     percent(1 - fraction, lang), nok(pot), format_count(population, lang));
        key_share = fraction * static_cast<double>(free) / static_cast<double>(paying) +
                    (1 - fraction) * static_cast<double>(free_population) / static_cast<double>(population);
        if (capped) out += fmt::format(fmt::runtime(d.less_capped), capped, nok(at_cap));
        if (floored) out += fmt::format(fmt::runtime(d.less_floored), floored, nok(at_floor));
        return out + fmt::format(fmt::runtime(d.key_part), nok(must_pay - at_cap - at_floor), percent(key_share, lang));
    }

    if (capped) out += fmt::format(fmt::runtime(d.less_capped), capped, nok(at_cap));
    if (floored) out += fmt::format(fmt::runtime(d.less_floored), floored, nok(at_floor));
    double rest = must_pay - at_cap - at_floor;
    for (const auto& [kind, count_sum] : other_terms) {
        const auto& [count, sum] = count_sum;
        rest -= sum;
        if (same_price) out += fmt::format(fmt::runtime(d.less_terms), count, nok(prices[kind]), term_name(kind, lang));
        else out += fmt::format(fmt::runtime(d.less_sum), nok(sum), term_name(kind, lang));
    }
    if (!capped && !floored && other_terms.empty()) out.resize(before_total);  // nothing taken off: say the sum once
    const bool by_inhabitant = info(solved).unit == Unit::nok_per_inhabitant;
    return out + fmt::format(fmt::runtime(by_inhabitant ? d.over_inhabitants : d.over_members), nok(rest),
                             format_count(std::llround(quantity), lang));
}

}  // namespace spleis

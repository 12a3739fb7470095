#include "words.hpp"

#include <fmt/format.h>

namespace spleis {

namespace {

constexpr Words english{
    .code = "Code",
    .municipality = "Municipality",
    .population = "Population",
    .amount = "Amount",
    .per_inhabitant = "Per inhabitant",
    .limit = "Limit",
    .total_of_members = "Total ({} members)",
    .model_line = "Model: {} ({}). Population 1 January {} ({}).",
    .parameters = "Parameters",
    .external_funding = "External funding",
    .members_pay = "Members pay",
    .other_funding = "Other funding",
    .total = "Total",
    .balanced = "= budget {}, balanced to the øre",
    .rounded = "Rounded to {} by the largest-remainder method.",
    .whole_ore = "whole øre",
    .whole_kroner = "whole kroner",
    .units_of = "units of {}",
    .solved = "solved so the budget balances",
    .source = "source",
    .per_inhabitant_unit = "per inhabitant",
    .per_inhabitant_short = "kr/inh.",
    .inhabitants = "inhabitants",
    .cap = "cap",
    .floor = "floor",
    .self_funded = "self-funded",
    .explain_header = "{} inhabitants at 1 January {}; rule: {}",
    .covers_itself = "covers a fixed {} itself and stays out of the split",
    .base_amount = "base amount",
    .equal_share = "equal share",
    .equal_part = "equal part: {} of {} ÷ {} members",
    .population_part = "population part: {} × {} inhabitants",
    .levy = "levy {} × {} inhabitants",
    .cap_reached = "cap {} reached: pays {} instead of {}; the others carry the difference",
    .cap_not_reached = "cap {} not reached",
    .floor_reached = "floor {} reached: pays {} instead of {}",
    .floor_not_reached = "floor {} not reached",
    .already_whole = "= {} (already in {})",
    .rounded_up = "rounded up to {} ({}, largest remainder: its remainder was among the largest)",
    .rounded_down = "rounded down to {} ({}, largest remainder)",
    .members_word = "members",
    .compared = "{}: {} options compared on the same {} members",
    .baseline = "baseline",
    .at_the_cap = "at the cap",
    .option = "Option",
    .solved_short = "Solved",
    .smallest = "Smallest",
    .largest = "Largest",
    .capped = "Capped",
    .highest_lowest = "Highest/lowest per inh.",
    .gini_note = "Smallest, largest, capped and the fairness measures count the members in the split (self-funded members\n"
        "excluded). Gini: 0 when every member pays the same per inhabitant, towards 1 as the burden concentrates.",
    .band_below = "below {} inhabitants",
    .band_between = "{} to {} inhabitants",
    .band_from = "{} inhabitants or more",
    .band_term = "band {}: {} × {}",
    .bands = "Price bands",
    .asked = "Asked",
    .reduced_line = "The members were asked for {} in all; the budget needs {} from them, shared {}.",
    .reduced_step = "asked {}; reduced to {} ({})",
    .compared_differing = "{}: {} options compared on {} municipalities, {} to {} members per option",
    .not_a_member = "not a member",
    .paying = "Paying",
    .parameter = "Parameter",
    .value = "Value",
    .name = "Name",
    .members_heading = "Members",
    .options_heading = "The options",
    .difference_from = "Difference from {}",
    .sheet_option = "Option {}",
    .budget_year = "Budget year {}",
    .option_named = "Option {}: {}",
    .period_in_all = "{} in all (population: the average over the years)",
};

constexpr Words bokmal{
    .code = "Kode",
    .municipality = "Kommune",
    .population = "Innbyggere",
    .amount = "Beløp",
    .per_inhabitant = "Per innbygger",
    .limit = "Grense",
    .total_of_members = "Sum ({} medlemmer)",
    .model_line = "Modell: {} ({}). Folketall 1. januar {} ({}).",
    .parameters = "Parametere",
    .external_funding = "Ekstern finansiering",
    .members_pay = "Medlemmene betaler",
    .other_funding = "Annen finansiering",
    .total = "Totalt",
    .balanced = "= budsjett {}, i balanse på øret",
    .rounded = "Avrundet til {} med største-rest-metoden.",
    .whole_ore = "hele øre",
    .whole_kroner = "hele kroner",
    .units_of = "enheter på {}",
    .solved = "løst slik at budsjettet går i balanse",
    .source = "kilde",
    .per_inhabitant_unit = "per innbygger",
    .per_inhabitant_short = "kr/innb.",
    .inhabitants = "innbyggere",
    .cap = "tak",
    .floor = "gulv",
    .self_funded = "egenfinansiert",
    .explain_header = "{} innbyggere 1. januar {}; regel: {}",
    .covers_itself = "dekker selv et fast beløp på {} og er utenfor fordelingen",
    .base_amount = "grunnbeløp",
    .equal_share = "lik andel",
    .equal_part = "lik del: {} av {} ÷ {} medlemmer",
    .population_part = "folketallsdel: {} × {} innbyggere",
    .levy = "innbetaling {} × {} innbyggere",
    .cap_reached = "taket på {} er nådd: betaler {} i stedet for {}; de andre bærer differansen",
    .cap_not_reached = "taket på {} er ikke nådd",
    .floor_reached = "gulvet på {} er nådd: betaler {} i stedet for {}",
    .floor_not_reached = "gulvet på {} er ikke nådd",
    .already_whole = "= {} (allerede i {})",
    .rounded_up = "rundet opp til {} ({}, største rest: resten var blant de største)",
    .rounded_down = "rundet ned til {} ({}, største rest)",
    .members_word = "medlemmer",
    .compared = "{}: {} alternativer sammenlignet for de samme {} medlemmene",
    .baseline = "utgangspunkt",
    .at_the_cap = "på taket",
    .option = "Alternativ",
    .solved_short = "Løst",
    .smallest = "Minste",
    .largest = "Største",
    .capped = "På taket",
    .highest_lowest = "Høyeste/laveste per innb.",
    .gini_note = "Minste, største, på taket og rettferdighetsmålene gjelder medlemmene i fordelingen (egenfinansierte\n"
        "medlemmer er holdt utenfor). Gini: 0 når alle betaler det samme per innbygger, mot 1 jo skjevere byrden er.",
    .band_below = "under {} innbyggere",
    .band_between = "{} til {} innbyggere",
    .band_from = "{} innbyggere eller flere",
    .band_term = "trinn {}: {} × {}",
    .bands = "Pristrinn",
    .asked = "Bedt om",
    .reduced_line = "Medlemmene ble bedt om {} til sammen; budsjettet trenger {} fra dem, fordelt {}.",
    .reduced_step = "bedt om {}; redusert til {} ({})",
    .compared_differing = "{}: {} alternativer sammenlignet for {} kommuner, {} til {} medlemmer per alternativ",
    .not_a_member = "ikke medlem",
    .paying = "Betalende",
    .parameter = "Parameter",
    .value = "Verdi",
    .name = "Navn",
    .members_heading = "Medlemmer",
    .options_heading = "Alternativene",
    .difference_from = "Endring fra {}",
    .sheet_option = "Alternativ {}",
    .budget_year = "Budsjettår {}",
    .option_named = "Alternativ {}: {}",
    .period_in_all = "{} samlet (folketall: gjennomsnittet over årene)",
};

constexpr Words nynorsk{
    .code = "Kode",
    .municipality = "Kommune",
    .population = "Innbyggjarar",
    .amount = "Beløp",
    .per_inhabitant = "Per innbyggjar",
    .limit = "Grense",
    .total_of_members = "Sum ({} medlemer)",
    .model_line = "Modell: {} ({}). Folketal 1. januar {} ({}).",
    .parameters = "Parametrar",
    .external_funding = "Ekstern finansiering",
    .members_pay = "Medlemene betaler",
    .other_funding = "Anna finansiering",
    .total = "Totalt",
    .balanced = "= budsjett {}, i balanse på øyret",
    .rounded = "Avrunda til {} med største-rest-metoden.",
    .whole_ore = "heile øyre",
    .whole_kroner = "heile kroner",
    .units_of = "einingar på {}",
    .solved = "løyst slik at budsjettet går i balanse",
    .source = "kjelde",
    .per_inhabitant_unit = "per innbyggjar",
    .per_inhabitant_short = "kr/innb.",
    .inhabitants = "innbyggjarar",
    .cap = "tak",
    .floor = "golv",
    .self_funded = "eigenfinansiert",
    .explain_header = "{} innbyggjarar 1. januar {}; regel: {}",
    .covers_itself = "dekkjer sjølv eit fast beløp på {} og er utanfor fordelinga",
    .base_amount = "grunnbeløp",
    .equal_share = "lik del",
    .equal_part = "lik del: {} av {} ÷ {} medlemer",
    .population_part = "folketalsdel: {} × {} innbyggjarar",
    .levy = "innbetaling {} × {} innbyggjarar",
    .cap_reached = "taket på {} er nådd: betaler {} i staden for {}; dei andre ber skilnaden",
    .cap_not_reached = "taket på {} er ikkje nådd",
    .floor_reached = "golvet på {} er nådd: betaler {} i staden for {}",
    .floor_not_reached = "golvet på {} er ikkje nådd",
    .already_whole = "= {} (allereie i {})",
    .rounded_up = "runda opp til {} ({}, største rest: resten var blant dei største)",
    .rounded_down = "runda ned til {} ({}, største rest)",
    .members_word = "medlemer",
    .compared = "{}: {} alternativ samanlikna for dei same {} medlemene",
    .baseline = "utgangspunkt",
    .at_the_cap = "på taket",
    .option = "Alternativ",
    .solved_short = "Løyst",
    .smallest = "Minste",
    .largest = "Største",
    .capped = "På taket",
    .highest_lowest = "Høgaste/lågaste per innb.",
    .gini_note = "Minste, største, på taket og rettferdsmåla gjeld medlemene i fordelinga (eigenfinansierte medlemer\n"
        "er haldne utanfor). Gini: 0 når alle betaler det same per innbyggjar, mot 1 di skeivare byrda er.",
    .band_below = "under {} innbyggjarar",
    .band_between = "{} til {} innbyggjarar",
    .band_from = "{} innbyggjarar eller fleire",
    .band_term = "trinn {}: {} × {}",
    .bands = "Pristrinn",
    .asked = "Bedne om",
    .reduced_line = "Medlemene vart bedne om {} til saman; budsjettet treng {} frå dei, fordelt {}.",
    .reduced_step = "bede om {}; redusert til {} ({})",
    .compared_differing = "{}: {} alternativ samanlikna for {} kommunar, {} til {} medlemer per alternativ",
    .not_a_member = "ikkje medlem",
    .paying = "Betalande",
    .parameter = "Parameter",
    .value = "Verdi",
    .name = "Namn",
    .members_heading = "Medlemer",
    .options_heading = "Alternativa",
    .difference_from = "Endring frå {}",
    .sheet_option = "Alternativ {}",
    .budget_year = "Budsjettår {}",
    .option_named = "Alternativ {}: {}",
    .period_in_all = "{} samla (folketal: gjennomsnittet over åra)",
};

}  // namespace

const Words& words(Language lang) {
    switch (lang) {
        case Language::nb: return bokmal;
        case Language::nn: return nynorsk;
        case Language::en: break;
    }
    return english;
}

std::string_view rule_description(RuleKind rule, Language lang) {
    switch (lang) {
        case Language::nb: return info(rule).description_nb;
        case Language::nn: return info(rule).description_nn;
        case Language::en: break;
    }
    return info(rule).description;
}

std::string_view limit_text(Limit limit, Language lang) {
    const Words& w = words(lang);
    switch (limit) {
        case Limit::none: return "";
        case Limit::cap: return w.cap;
        case Limit::floor: return w.floor;
        case Limit::self_funded: return w.self_funded;
    }
    return "";
}

std::string_view shortfall_text(ShortfallRule rule, Language lang) {
    if (lang == Language::en) return shortfall_description(rule);
    const bool nn = lang == Language::nn;
    switch (rule) {
        case ShortfallRule::proportional: return nn ? "i forhold til det kvar vart beden om" : "i forhold til det hver ble bedt om";
        case ShortfallRule::constrained_equal_awards:
            return nn ? "med like beløp (likt til kvar, ikkje meir enn dei vart bedne om)" : "med like beløp (likt til hver, ikke mer enn de ble bedt om)";
        case ShortfallRule::constrained_equal_losses:
            return nn ? "med like tap (lik reduksjon for kvar, ikkje meir enn dei vart bedne om)" : "med like tap (lik reduksjon for hver, ikke mer enn de ble bedt om)";
        case ShortfallRule::talmud: return nn ? "etter talmudregelen (Aumann og Maschler 1985)" : "etter talmudregelen (Aumann og Maschler 1985)";
    }
    return "";
}

std::string band_text(const Band& band, Language lang) {
    const Words& w = words(lang);
    const auto count = [&](std::int64_t n) { return format_count(static_cast<long long>(n), lang); };
    if (!band.below) return fmt::format(fmt::runtime(w.band_from), count(band.from));
    if (band.from == 0) return fmt::format(fmt::runtime(w.band_below), count(*band.below));
    return fmt::format(fmt::runtime(w.band_between), count(band.from), count(*band.below - 1));
}

std::string unit_text(Ore unit, Language lang) {
    const Words& w = words(lang);
    switch (unit) {
        case 1: return std::string(w.whole_ore);
        case 100: return std::string(w.whole_kroner);
        default: return fmt::format(fmt::runtime(w.units_of), format_nok(unit, lang));
    }
}

}  // namespace spleis

namespace spleis {

namespace {
// A parameter's Norwegian name; the switch has no default, so a new parameter must be named here.
std::string_view norwegian_label(ParameterId id, bool nn) {
    switch (id) {
        case ParameterId::base_amount: return "grunnbeløp";
        case ParameterId::per_inhabitant: return nn ? "beløp per innbyggjar" : "beløp per innbygger";
        case ParameterId::amount_per_member: return "beløp per medlem";
        case ParameterId::amount_to_split: return nn ? "beløp som blir fordelt" : "beløp som fordeles";
        case ParameterId::equal_fraction: return nn ? "del som blir fordelt likt" : "del som fordeles likt";
        case ParameterId::levy_per_inhabitant: return nn ? "innbetaling per innbyggjar" : "innbetaling per innbygger";
        case ParameterId::match_rate: return nn ? "tilskotssats" : "tilskuddssats";
        case ParameterId::sponsor_maximum: return nn ? "høgaste tilskot" : "høyeste tilskudd";
        case ParameterId::upper_frame: return "øvre ramme";
        case ParameterId::band_scale: return nn ? "faktor på prisane" : "faktor på prisene";
        case ParameterId::cap: return "tak";
        case ParameterId::floor: return nn ? "golv" : "gulv";
    }
    return "";
}
}  // namespace

std::string parameter_label(ParameterId id, Language lang) {
    if (lang == Language::en) return std::string(info(id).key);
    return fmt::format("{} ({})", norwegian_label(id, lang == Language::nn), info(id).key);
}

std::string capitalized(std::string_view word) {
    std::string text(word);
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

}  // namespace spleis

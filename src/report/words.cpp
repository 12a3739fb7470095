#include "words.hpp"

#include <fmt/format.h>

namespace spleis {

namespace {

constexpr Words english{
    "Code", "Municipality", "Population", "Amount", "Per inhabitant", "Limit",
    "Total ({} members)",
    "Model: {} ({}). Population 1 January {} ({}).",
    "Parameters", "External funding", "Members pay", "Other funding", "Total",
    "= budget {}, balanced to the øre",
    "Rounded to {} by the largest-remainder method.",
    "whole øre", "whole kroner", "units of {}",
    "solved so the budget balances", "source", "per inhabitant", "kr/inh.",
    "inhabitants",
    "cap", "floor", "self-funded",
    "{} inhabitants at 1 January {}; rule: {}",
    "covers a fixed {} itself and stays out of the split",
    "base amount", "equal share", "equal part: {} of {} ÷ {} members", "population part: {} × {} inhabitants", "levy {} × {} inhabitants",
    "cap {} reached: pays {} instead of {}; the others carry the difference",
    "cap {} not reached",
    "floor {} reached: pays {} instead of {}",
    "floor {} not reached",
    "= {} (already in {})",
    "rounded up to {} ({}, largest remainder: its remainder was among the largest)",
    "rounded down to {} ({}, largest remainder)",
    "members",
    "{}: {} options compared on the same {} members",
    "baseline", "at the cap", "Option", "Solved", "Smallest", "Largest", "Capped", "Highest/lowest per inh.",
    "Smallest, largest, capped and the fairness measures count the members in the split (self-funded members\n"
    "excluded). Gini: 0 when every member pays the same per inhabitant, towards 1 as the burden concentrates.",
    "below {} inhabitants", "{} to {} inhabitants", "{} inhabitants or more", "band {}: {} × {}", "Price bands",
    "Asked", "The members were asked for {} in all; the budget needs {} from them, shared {}.", "asked {}; reduced to {} ({})",
    "{}: {} options compared on {} municipalities, {} to {} members per option", "not a member", "Paying",
};

constexpr Words bokmal{
    "Kode", "Kommune", "Innbyggere", "Beløp", "Per innbygger", "Grense",
    "Sum ({} medlemmer)",
    "Modell: {} ({}). Folketall 1. januar {} ({}).",
    "Parametere", "Ekstern finansiering", "Medlemmene betaler", "Annen finansiering", "Totalt",
    "= budsjett {}, i balanse på øret",
    "Avrundet til {} med største-rest-metoden.",
    "hele øre", "hele kroner", "enheter på {}",
    "løst slik at budsjettet går i balanse", "kilde", "per innbygger", "kr/innb.",
    "innbyggere",
    "tak", "gulv", "egenfinansiert",
    "{} innbyggere 1. januar {}; regel: {}",
    "dekker selv et fast beløp på {} og er utenfor fordelingen",
    "grunnbeløp", "lik andel", "lik del: {} av {} ÷ {} medlemmer", "folketallsdel: {} × {} innbyggere", "innbetaling {} × {} innbyggere",
    "taket på {} er nådd: betaler {} i stedet for {}; de andre bærer differansen",
    "taket på {} er ikke nådd",
    "gulvet på {} er nådd: betaler {} i stedet for {}",
    "gulvet på {} er ikke nådd",
    "= {} (allerede i {})",
    "rundet opp til {} ({}, største rest: resten var blant de største)",
    "rundet ned til {} ({}, største rest)",
    "medlemmer",
    "{}: {} alternativer sammenlignet for de samme {} medlemmene",
    "utgangspunkt", "på taket", "Alternativ", "Løst", "Minste", "Største", "På taket", "Høyeste/laveste per innb.",
    "Minste, største, på taket og rettferdighetsmålene gjelder medlemmene i fordelingen (egenfinansierte\n"
    "medlemmer er holdt utenfor). Gini: 0 når alle betaler det samme per innbygger, mot 1 jo skjevere byrden er.",
    "under {} innbyggere", "{} til {} innbyggere", "{} innbyggere eller flere", "trinn {}: {} × {}", "Pristrinn",
    "Bedt om", "Medlemmene ble bedt om {} til sammen; budsjettet trenger {} fra dem, fordelt {}.", "bedt om {}; redusert til {} ({})",
    "{}: {} alternativer sammenlignet for {} kommuner, {} til {} medlemmer per alternativ", "ikke medlem", "Betalende",
};

constexpr Words nynorsk{
    "Kode", "Kommune", "Innbyggjarar", "Beløp", "Per innbyggjar", "Grense",
    "Sum ({} medlemer)",
    "Modell: {} ({}). Folketal 1. januar {} ({}).",
    "Parametrar", "Ekstern finansiering", "Medlemene betaler", "Anna finansiering", "Totalt",
    "= budsjett {}, i balanse på øyret",
    "Avrunda til {} med største-rest-metoden.",
    "heile øyre", "heile kroner", "einingar på {}",
    "løyst slik at budsjettet går i balanse", "kjelde", "per innbyggjar", "kr/innb.",
    "innbyggjarar",
    "tak", "golv", "eigenfinansiert",
    "{} innbyggjarar 1. januar {}; regel: {}",
    "dekkjer sjølv eit fast beløp på {} og er utanfor fordelinga",
    "grunnbeløp", "lik del", "lik del: {} av {} ÷ {} medlemer", "folketalsdel: {} × {} innbyggjarar", "innbetaling {} × {} innbyggjarar",
    "taket på {} er nådd: betaler {} i staden for {}; dei andre ber skilnaden",
    "taket på {} er ikkje nådd",
    "golvet på {} er nådd: betaler {} i staden for {}",
    "golvet på {} er ikkje nådd",
    "= {} (allereie i {})",
    "runda opp til {} ({}, største rest: resten var blant dei største)",
    "runda ned til {} ({}, største rest)",
    "medlemer",
    "{}: {} alternativ samanlikna for dei same {} medlemene",
    "utgangspunkt", "på taket", "Alternativ", "Løyst", "Minste", "Største", "På taket", "Høgaste/lågaste per innb.",
    "Minste, største, på taket og rettferdsmåla gjeld medlemene i fordelinga (eigenfinansierte medlemer\n"
    "er haldne utanfor). Gini: 0 når alle betaler det same per innbyggjar, mot 1 di skeivare byrda er.",
    "under {} innbyggjarar", "{} til {} innbyggjarar", "{} innbyggjarar eller fleire", "trinn {}: {} × {}", "Pristrinn",
    "Bedne om", "Medlemene vart bedne om {} til saman; budsjettet treng {} frå dei, fordelt {}.", "bede om {}; redusert til {} ({})",
    "{}: {} alternativ samanlikna for {} kommunar, {} til {} medlemer per alternativ", "ikkje medlem", "Betalande",
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

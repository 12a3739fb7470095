#pragma once
// The catalogue of messages a person reads when spleis refuses something, in English, bokmål
// and nynorsk: each phrase once, with {} for its arguments, filled with fmt in every language
// at once (say()). Our own table rather than gettext: the engine runs inside a DLL called from
// Excel, a Python module and a server answering each request in its own language, where a
// process-wide locale and .mo files found at run time would be wrong or missing; and the
// reports already keep their words in a table (src/report/words.cpp).
#include <string_view>

#include <fmt/format.h>

#include "spleis/error.hpp"

namespace spleis {

struct Phrase {
    std::string_view en, nb, nn;
};

namespace detail {
template <class T>
const T& in_language(const T& arg, Language) {
    return arg;
}
inline const std::string& in_language(const Text& arg, Language lang) { return arg.in(lang); }
}  // namespace detail

// The phrase in each language; an argument that is itself a Text is taken in that language.
template <class... Args>
Text say(const Phrase& phrase, const Args&... args) {
    return {fmt::format(fmt::runtime(phrase.en), detail::in_language(args, Language::en)...),
            fmt::format(fmt::runtime(phrase.nb), detail::in_language(args, Language::nb)...),
            fmt::format(fmt::runtime(phrase.nn), detail::in_language(args, Language::nn)...)};
}

// The same with `last`, a Text, as the phrase's last argument.
template <class... Args>
Text ending_in(const Phrase& phrase, const Text& last, const Args&... args) {
    return say(phrase, args..., last);
}

// Texts joined language by language, and an error's message in every language.
inline Text operator+(Text a, const Text& b) { return {a.en + b.en, a.nb + b.nb, a.nn + b.nn}; }
inline Text text_of(const Error& e) { return {e.message(Language::en), e.message(Language::nb), e.message(Language::nn)}; }

namespace phrase {

// A value that a scenario file, a request or a C function gives: {0} names it, {1} is the value.
inline constexpr Phrase not_finite{"{} must be a finite number, got {}", "{} må være et endelig tall, fikk {}",
                                   "{} må vere eit endeleg tal, fekk {}"};
inline constexpr Phrase negative_amount{"{} must be an amount that is not negative, got {}",
                                        "{} må være et beløp som ikke er negativt, fikk {}",
                                        "{} må vere eit beløp som ikkje er negativt, fekk {}"};
inline constexpr Phrase negative_number{"{} must be a number that is not negative, got {}",
                                        "{} må være et tall som ikke er negativt, fikk {}",
                                        "{} må vere eit tal som ikkje er negativt, fekk {}"};
inline constexpr Phrase amount_too_large{"{} must be at most 1 000 000 000 000 kr, got {}",
                                         "{} kan være høyst 1 000 000 000 000 kr, fikk {}",
                                         "{} kan vere høgst 1 000 000 000 000 kr, fekk {}"};
inline constexpr Phrase number_too_large{"{} must be at most 1 000 000 000 000, got {}", "{} kan være høyst 1 000 000 000 000, fikk {}",
                                         "{} kan vere høgst 1 000 000 000 000, fekk {}"};
inline constexpr Phrase not_whole_ore{"{} must be an amount in kroner with at most two decimals (whole øre), got {}",
                                      "{} må være et beløp i kroner med høyst to desimaler (hele øre), fikk {}",
                                      "{} må vere eit beløp i kroner med høgst to desimalar (heile øre), fekk {}"};
inline constexpr Phrase share_above_one{"{} is a share between 0 and 1, got {}", "{} er en andel mellom 0 og 1, fikk {}",
                                        "{} er ein del mellom 0 og 1, fekk {}"};
inline constexpr Phrase rounding_unit{"the rounding unit must be 1, 100, 10000 or 100000 øre, got {}",
                                      "avrundingsenheten må være 1, 100, 10000 eller 100000 øre, fikk {}",
                                      "avrundingseininga må vere 1, 100, 10000 eller 100000 øre, fekk {}"};

// What-ifs.
inline constexpr Phrase no_option{"no option \"{}\" in this scenario; its options are: {}",
                                  "scenarioet har ikke noe alternativ «{}»; alternativene er: {}",
                                  "scenarioet har ikkje noko alternativ «{}»; alternativa er: {}"};
inline constexpr Phrase no_funding{"no external funding \"{}\" in this scenario; it has: {}",
                                   "scenarioet har ingen ekstern finansiering «{}»; det har: {}",
                                   "scenarioet har inga ekstern finansiering «{}»; det har: {}"};
inline constexpr Phrase not_self_funded{"member {} is not self-funded in this scenario; self-funded are: {}",
                                        "medlemmet {} er ikke egenfinansiert i dette scenarioet; egenfinansierte er: {}",
                                        "medlemen {} er ikkje eigenfinansiert i dette scenarioet; eigenfinansierte er: {}"};
inline constexpr Phrase named_twice{"{} is named twice in {}", "{} er nevnt to ganger i {}", "{} er nemnd to gonger i {}"};
inline constexpr Phrase given_and_solved{"{} is given a value and solved at once; leave one out",
                                         "{} får en verdi og skal løses samtidig; ta bort det ene",
                                         "{} får ein verdi og skal løysast samstundes; ta bort det eine"};
inline constexpr Phrase old_unknown_needs_value{
    "to solve {} instead, give {} a value: it was the one solved", "for å løse {} i stedet, gi {} en verdi: det var den som ble løst",
    "for å løyse {} i staden, gi {} ein verdi: det var den som vart løyst"};
inline constexpr Phrase only_limits_none{"only cap and floor can be none; {} needs a value",
                                         "bare tak og gulv kan være ingen; {} trenger en verdi",
                                         "berre tak og golv kan vere ingen; {} treng ein verdi"};

inline constexpr Phrase option_named{"option \"{}\": ", "alternativ «{}»: ", "alternativ «{}»: "};

inline constexpr Phrase none_left_to_pay{"no member is left to pay by the rule: {} {} self-funded",
                                         "ingen medlemmer er igjen til å betale etter regelen: {} er egenfinansiert",
                                         "ingen medlemer er att til å betale etter regelen: {} er eigenfinansiert"};
inline constexpr Phrase every_member_leaves{"no member is left: every member leaves", "ingen medlemmer er igjen: alle går ut",
                                            "ingen medlemer er att: alle går ut"};

// Finding a municipality as a person writes it (member_lookup.cpp). `in` is one of the places.
inline constexpr Phrase in_this_scenario{"this scenario", "dette scenarioet", "dette scenarioet"};
inline constexpr Phrase in_scenario_members{"this scenario's members", "medlemmene i dette scenarioet", "medlemene i dette scenarioet"};
inline constexpr Phrase in_population_file{"the population file {}", "befolkningsfilen {}", "befolkningsfila {}"};
inline constexpr Phrase code_four_digits{"a municipality code must be four digits like 4601, got \"{}\"",
                                         "en kommunekode har fire sifre, som 4601, fikk «{}»",
                                         "ein kommunekode har fire siffer, som 4601, fekk «{}»"};
inline constexpr Phrase code_not_in{"municipality {} is not in {}", "kommune {} finnes ikke i {}", "kommune {} finst ikkje i {}"};
inline constexpr Phrase name_not_in{"no municipality called \"{}\" in {}", "ingen kommune heter «{}» i {}",
                                    "ingen kommune heiter «{}» i {}"};
inline constexpr Phrase did_you_mean{"; did you mean {}?", "; mente du {}?", "; meinte du {}?"};
inline constexpr Phrase write_code_or_name{"; write a municipality code like {} or a name like {}",
                                           "; skriv en kommunekode som {} eller et navn som {}",
                                           "; skriv ein kommunekode som {} eller eit namn som {}"};
inline constexpr Phrase name_of_several{"\"{}\" is the name of {} municipalities in {}: {}; write the code of the one you mean",
                                        "«{}» er navnet på {} kommuner i {}: {}; skriv koden til den du mener",
                                        "«{}» er namnet på {} kommunar i {}: {}; skriv koden til den du meiner"};
inline constexpr Phrase word_or{"or", "eller", "eller"};
inline constexpr Phrase word_and{"and", "og", "og"};

inline constexpr Phrase cannot_leave{"municipality {} cannot leave: it is not a member", "kommune {} kan ikke gå ut: den er ikke medlem",
                                     "kommune {} kan ikkje gå ut: han er ikkje medlem"};
inline constexpr Phrase cannot_join{"{} cannot join: it is a member already", "{} kan ikke bli med: den er medlem allerede",
                                    "{} kan ikkje bli med: han er medlem allereie"};
inline constexpr Phrase cannot_fund_itself{"municipality {} is not a member, so it cannot fund itself",
                                           "kommune {} er ikke medlem, så den kan ikke finansiere seg selv",
                                           "kommune {} er ikkje medlem, så han kan ikkje finansiere seg sjølv"};
inline constexpr Phrase pays_by_rule{"{} already pays by the rule: it covers no fixed amount itself",
                                     "{} betaler allerede etter regelen: den dekker ikke noe fast beløp selv",
                                     "{} betaler allereie etter regelen: han dekkjer ikkje noko fast beløp sjølv"};
inline constexpr Phrase no_funding_to_remove{"there is no external funding called \"{}\" to remove",
                                             "det finnes ingen ekstern finansiering «{}» å ta bort",
                                             "det finst inga ekstern finansiering «{}» å ta bort"};
inline constexpr Phrase match_too_small{
    "the budget cannot be met: the members are asked for {} and the match adds {}, {} in all, less than the budget of {}; a "
    "shortfall rule only reduces",
    "budsjettet kan ikke nås: medlemmene blir bedt om {} og tilskuddet gir {}, {} i alt, mindre enn budsjettet på {}; en "
    "underskuddsregel kan bare redusere",
    "budsjettet kan ikkje nåast: medlemene vert bedne om {} og tilskotet gir {}, {} i alt, mindre enn budsjettet på {}; ein "
    "underskotsregel kan berre redusere"};
inline constexpr Phrase asked_too_little{
    "the budget cannot be met: the members are asked for {} in all, less than the {} they must pay; a shortfall rule only "
    "reduces (mark a parameter `solve` to raise the amounts)",
    "budsjettet kan ikke nås: medlemmene blir bedt om {} i alt, mindre enn de {} de skal betale; en underskuddsregel kan "
    "bare redusere (merk en parameter `solve` for å heve beløpene)",
    "budsjettet kan ikkje nåast: medlemene vert bedne om {} i alt, mindre enn dei {} dei skal betale; ein underskotsregel kan "
    "berre redusere (merk ein parameter `solve` for å heve beløpa)"};

// Parameters that do not fit the rule.
inline constexpr Phrase rule_needs{"rule {} needs {} ({}); add it under parameters:",
                                   "regelen {} trenger {} ({}); legg den til under parameters:",
                                   "regelen {} treng {} ({}); legg han til under parameters:"};
inline constexpr Phrase not_used_by_rule{"{} is not used by the {} rule (it uses {}{}{}, cap and floor)",
                                         "{} brukes ikke av regelen {} (den bruker {}{}{}, cap og floor)",
                                         "{} vert ikkje brukt av regelen {} (han brukar {}{}{}, cap og floor)"};
inline constexpr Phrase cannot_be_solved{"{} cannot be solved; under {} solve one of: {}",
                                         "{} kan ikke løses; under {} kan en av disse løses: {}",
                                         "{} kan ikkje løysast; under {} kan ein av desse løysast: {}"};
inline constexpr Phrase only_one_solved{"only one parameter can be `solve`, but {} are",
                                        "bare én parameter kan være `solve`, men {} er det",
                                        "berre éin parameter kan vere `solve`, men {} er det"};
inline constexpr Phrase nothing_to_solve{"nothing to solve: a budget needs one parameter marked `solve` (under {}: {})",
                                         "ingenting å løse: et budsjett trenger én parameter merket `solve` (under {}: {})",
                                         "ingenting å løyse: eit budsjett treng éin parameter merkt `solve` (under {}: {})"};
inline constexpr Phrase no_budget_to_solve{
    "{} is `solve`, but the scenario gives no budget to solve it for; add `budget:` to the scenario",
    "{} er `solve`, men scenarioet har ikke noe budsjett å løse den for; legg til `budget:` i scenarioet",
    "{} er `solve`, men scenarioet har ikkje noko budsjett å løyse han for; legg til `budget:` i scenarioet"};

inline constexpr Phrase solved_with_shortfall{
    "{} is `solve`, so the budget is met exactly and the shortfall rule {} has nothing to reduce; give {} a value (what "
    "the members are asked) or leave out `shortfall:`",
    "{} er `solve`, så budsjettet nås nøyaktig og underskuddsregelen {} har ingenting å redusere; gi {} en verdi (det "
    "medlemmene blir bedt om) eller ta bort `shortfall:`",
    "{} er `solve`, så budsjettet vert nådd nøyaktig og underskotsregelen {} har ingenting å redusere; gi {} ein verdi "
    "(det medlemene vert bedne om) eller ta bort `shortfall:`"};
inline constexpr Phrase floor_with_shortfall{
    "a floor cannot be combined with the shortfall rule {}: the rule decides how far each amount falls",
    "et gulv kan ikke kombineres med underskuddsregelen {}: regelen avgjør hvor langt hvert beløp faller",
    "eit golv kan ikkje kombinerast med underskotsregelen {}: regelen avgjer kor langt kvart beløp fell"};
inline constexpr Phrase shortfall_needs_budget{"the shortfall rule {} reduces the amounts to a budget; add `budget:`",
                                               "underskuddsregelen {} reduserer beløpene til et budsjett; legg til `budget:`",
                                               "underskotsregelen {} reduserer beløpa til eit budsjett; legg til `budget:`"};
inline constexpr Phrase is_calibrate{
    "{} is `calibrate`: it is found from the scenario's facts by calibrating the scenario, or give it a value",
    "{} er `calibrate`: den finnes fra scenarioets fakta ved å kalibrere scenarioet, eller gi den en verdi",
    "{} er `calibrate`: han vert funnen frå fakta i scenarioet ved å kalibrere scenarioet, eller gi han ein verdi"};
inline constexpr Phrase too_many_funding{"the scenario lists {} external funding entries; at most {} are accepted",
                                         "scenarioet har {} oppføringer med ekstern finansiering; høyst {} godtas",
                                         "scenarioet har {} oppføringar med ekstern finansiering; høgst {} vert godtekne"};
inline constexpr Phrase self_funded_not_member{"self-funded member {} is not a member of this scenario",
                                               "det egenfinansierte medlemmet {} er ikke medlem i dette scenarioet",
                                               "den eigenfinansierte medlemen {} er ikkje medlem i dette scenarioet"};
inline constexpr Phrase self_funded_twice{"member {} is listed as self-funded twice", "medlemmet {} står som egenfinansiert to ganger",
                                          "medlemen {} står som eigenfinansiert to gonger"};
inline constexpr Phrase every_member_self_funded{"every member is self-funded: nobody is left to share the rest",
                                                 "alle medlemmene er egenfinansierte: ingen er igjen til å dele resten",
                                                 "alle medlemene er eigenfinansierte: ingen er att til å dele resten"};
inline constexpr Phrase fund_takes_no_funding{
    "the matched_fund rule takes no external_funding or self_funded: its sponsor's match is the money from outside",
    "regelen matched_fund tar ingen external_funding eller self_funded: sponsorens tilskudd er pengene utenfra",
    "regelen matched_fund tek inga external_funding eller self_funded: tilskotet frå sponsoren er pengane utanfrå"};
inline constexpr Phrase sponsor_above_frame{"the sponsor's maximum is above the fund's upper frame",
                                            "sponsorens maksimum er over fondets øvre ramme",
                                            "maksimumet til sponsoren er over den øvre ramma til fondet"};
inline constexpr Phrase budget_above_frame{"the budget {} is above the fund's upper frame {}",
                                           "budsjettet {} er over fondets øvre ramme {}",
                                           "budsjettet {} er over den øvre ramma til fondet {}"};
inline constexpr Phrase no_members{"the scenario has no members", "scenarioet har ingen medlemmer", "scenarioet har ingen medlemer"};
inline constexpr Phrase population_out_of_range{"population of {} must be 0 to 100 000 000, got {}",
                                                "folketallet i {} må være fra 0 til 100 000 000, fikk {}",
                                                "folketalet i {} må vere frå 0 til 100 000 000, fekk {}"};

// Limits that do not fit together.
inline constexpr Phrase cap_below_floor{"cap {} is below the floor {}{}", "taket {} er lavere enn gulvet {}{}",
                                        "taket {} er lågare enn golvet {}{}"};
inline constexpr Phrase cap_below_base{"cap {} is below the base amount {}{}: every member would pay the cap",
                                       "taket {} er lavere enn grunnbeløpet {}{}: alle medlemmer ville betalt taket",
                                       "taket {} er lågare enn grunnbeløpet {}{}: alle medlemene ville betalt taket"};
inline constexpr Phrase limit_not_in_units{"{} {} is not a whole number of the rounding unit ({})",
                                           "{} {} er ikke et helt antall av avrundingsenheten ({})",
                                           "{} {} er ikkje eit heilt tal av avrundingseininga ({})"};
inline constexpr Phrase funding_exceeds_budget{"external funding and self-funded amounts ({}) exceed the budget ({})",
                                               "ekstern finansiering og egenfinansierte beløp ({}) er mer enn budsjettet ({})",
                                               "ekstern finansiering og eigenfinansierte beløp ({}) er meir enn budsjettet ({})"};
inline constexpr Phrase share_not_in_units{"the members' share, {}, is not a whole number of the rounding unit ({})",
                                           "medlemmenes del, {}, er ikke et helt antall av avrundingsenheten ({})",
                                           "delen til medlemene, {}, er ikkje eit heilt tal av avrundingseininga ({})"};

// The budget cannot be met.
inline constexpr Phrase infeasible_at_zero{
    "the budget cannot be met: even with {} = 0 the {} members pay {}, more than the {} they must pay",
    "budsjettet kan ikke nås: selv med {} = 0 betaler de {} medlemmene {}, mer enn de {} de skal betale",
    "budsjettet kan ikkje nåast: sjølv med {} = 0 betaler dei {} medlemene {}, meir enn dei {} dei skal betale"};
inline constexpr Phrase infeasible_at_cap{
    "the budget cannot be met: all {} members at the cap of {} give {}, the budget needs {}",
    "budsjettet kan ikke nås: alle {} medlemmer på taket på {} gir {}, budsjettet trenger {}",
    "budsjettet kan ikkje nåast: alle {} medlemene på taket på {} gir {}, budsjettet treng {}"};
inline constexpr Phrase lowest_cap{"; the lowest cap that meets the budget is {}", "; det laveste taket som når budsjettet, er {}",
                                   "; det lågaste taket som når budsjettet, er {}"};
inline constexpr Phrase cap_set_at{"; the cap is set at {}", "; taket er satt i {}", "; taket er sett i {}"};
inline constexpr Phrase infeasible_at_most{
    "the budget cannot be met: whatever the value of {}, the {} members pay at most {}, the budget needs {}",
    "budsjettet kan ikke nås: uansett verdi på {} betaler de {} medlemmene høyst {}, budsjettet trenger {}",
    "budsjettet kan ikkje nåast: kva verdi {} enn har, betaler dei {} medlemene høgst {}, budsjettet treng {}"};
inline constexpr Phrase budget_less{"{} (the budget of {} less {} from other sources)", "{} (budsjettet på {} minus {} fra andre kilder)",
                                    "{} (budsjettet på {} minus {} frå andre kjelder)"};

}  // namespace phrase

}  // namespace spleis

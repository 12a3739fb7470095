#pragma once
// The words of people-facing reports in English, bokmål and nynorsk. Placeholders ({}) are
// filled with fmt. Machine formats (CSV, JSON) never use these.
#include <string_view>

#include "spleis/allocation.hpp"
#include "spleis/nok.hpp"
#include "spleis/rule.hpp"

namespace spleis {

struct Words {
    std::string_view code, municipality, population, amount, per_inhabitant, limit;
    std::string_view total_of_members;     // "Total ({} members)"
    std::string_view model_line;           // "Model: {} ({}). Population 1 January {} ({})."
    std::string_view parameters, external_funding, members_pay, other_funding, total;
    std::string_view balanced;             // "= budget {}, balanced to the øre"
    std::string_view rounded;              // "Rounded to {} by the largest-remainder method."
    std::string_view whole_ore, whole_kroner, units_of;  // units_of: "units of {}"
    std::string_view solved, source, per_inhabitant_unit, per_inhabitant_short;
    std::string_view inhabitants;          // "inhabitants"
    std::string_view cap, floor, self_funded;
    // explain
    std::string_view explain_header;       // "{} inhabitants at 1 January {}; rule: {}"
    std::string_view covers_itself;        // "covers a fixed {} itself and stays out of the split"
    std::string_view base_amount, equal_share, equal_part, population_part, levy;
    std::string_view cap_reached;          // "cap {} reached: pays {} instead of {}; the others carry the difference"
    std::string_view cap_not_reached;      // "cap {} not reached"
    std::string_view floor_reached;        // "floor {} reached: pays {} instead of {}"
    std::string_view floor_not_reached;    // "floor {} not reached"
    std::string_view already_whole;        // "= {} (already in {})"
    std::string_view rounded_up;           // "rounded up to {} ({}, largest remainder: its remainder was among the largest)"
    std::string_view rounded_down;         // "rounded down to {} ({}, largest remainder)"
    std::string_view members_word;         // "members"
    // compare
    std::string_view compared;             // "{}: {} options compared on the same {} members"
    std::string_view baseline, at_the_cap, option, solved_short, smallest, largest, capped, highest_lowest, gini_note;
    // population bands
    std::string_view band_below;           // "below {} inhabitants"
    std::string_view band_between;         // "{} to {} inhabitants"
    std::string_view band_from;            // "{} inhabitants or more"
    std::string_view band_term;            // "band {}: {} × {}" (the band, its listed price, band_scale)
    std::string_view bands;                // "Price bands"
    // shortfall rules
    std::string_view asked;                // "Asked" (column)
    std::string_view reduced_line;         // "The members were asked for {} in all; the budget needs {} from them, shared {}."
    std::string_view reduced_step;         // "asked {}; reduced to {} ({})"
    // compare, when the options' members differ
    std::string_view compared_differing;   // "{}: {} options compared on {} municipalities, {} to {} members per option"
    std::string_view not_a_member;         // "not a member"
    std::string_view paying;               // "Paying" (column: how many members pay)
    // council papers (markdown, html) and workbooks
    std::string_view parameter, value, name, members_heading, options_heading;
    std::string_view difference_from;      // "Difference from {}" (the baseline's letter)
    std::string_view sheet_option;         // "Option {}" (a workbook sheet, by the option's letter)
    std::string_view budget_year;          // "Budget year {}"
    std::string_view option_named;         // "Option {}: {}" (its letter and name)
    std::string_view period_in_all;        // "{} in all (population: the average over the years)"
};

std::string_view shortfall_text(ShortfallRule rule, Language lang);  // "the Talmud rule (Aumann and Maschler 1985)"

// "below 5 000 inhabitants", "5 000 to 9 999 inhabitants", "10 000 inhabitants or more".
std::string band_text(const Band& band, Language lang);

const Words& words(Language lang);
std::string_view rule_description(RuleKind rule, Language lang);
std::string_view limit_text(Limit limit, Language lang);  // "", "cap", "tak", …
std::string unit_text(Ore unit, Language lang);            // "whole kroner", "hele kroner", …
// How a report names a parameter: its YAML key in English ("base_amount"), the Norwegian
// name beside the key in bokmål and nynorsk ("grunnbeløp (base_amount)"), so the reader
// finds the line of the scenario to change.
std::string parameter_label(ParameterId id, Language lang);
// A word that starts a column's heading: "source" -> "Source" (every word here starts in ASCII).
std::string capitalized(std::string_view word);

}  // namespace spleis

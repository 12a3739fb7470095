#pragma once
#include <string>

#include "spleis/comparison.hpp"
#include "spleis/nok.hpp"

namespace spleis {

// For people: a legend of the options, each member's amount under each option with the
// difference from the baseline (kroner and percent) and the cost per inhabitant, then one
// line per option with totals, the solved parameter, extremes and fairness measures.
std::string render_comparison_table(const Comparison& comparison, Language lang = Language::en);
// For a council paper, in portrait: the legend, the members' amounts (one column per option, at
// most five options to a table), the differences from the baseline, and the measures with one
// column per option; as Markdown, or as an HTML page whose tables paste into a word processor.
std::string render_comparison_markdown(const Comparison& comparison, Language lang = Language::en);
std::string render_comparison_html(const Comparison& comparison, Language lang = Language::en);
// One row per option and member: option,code,name,population,amount,difference,difference_percent,amount_per_inhabitant,limit
std::string render_comparison_csv(const Comparison& comparison);
// One row per option: option,members_total,solved_parameter,solved_value,smallest,largest,capped,floored,gini,highest_to_lowest
std::string render_comparison_summary_csv(const Comparison& comparison);
std::string render_comparison_json(const Comparison& comparison);

}  // namespace spleis

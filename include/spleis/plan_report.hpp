#pragma once
// Reports of a multi-year plan: each member's amount in every budget year and over the period.
#include <string>
#include <vector>

#include "spleis/comparison.hpp"
#include "spleis/nok.hpp"
#include "spleis/plan.hpp"
#include "spleis/report.hpp"

namespace spleis {

// For people: one column per budget year and one for the period, then each year's population
// year, parameters (solved or as given, after the index) and balance.
std::string render_plan_table(const Plan& plan, const PlanAllocation& allocation, Language lang = Language::en);
// One row per year and member, then one per member for the whole period (year "total"):
// year,code,name,population,amount,amount_per_inhabitant,limit
std::string render_plan_csv(const PlanAllocation& allocation);
// Every year's allocation as `spleis run --format json` writes it, and the period's totals.
std::string render_plan_json(const Plan& plan, const PlanAllocation& allocation);

// A plan's options compared year by year and over the period (period_total of each option).
struct PlanComparison {
    std::vector<int> years;
    std::vector<Comparison> by_year;
    Comparison period;
};
// table: one comparison per year, then the period; csv: the comparison CSV with a leading
// `year` column ("total" for the period); json: {"years": [...], "by_year": [...], "period": ...}.
std::string render_plan_comparison(const PlanComparison& comparison, Format format, bool summary, Language lang = Language::en);

}  // namespace spleis

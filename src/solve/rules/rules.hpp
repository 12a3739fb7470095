#pragma once
// How the rules compute, inside the solver: one function each (rule.cpp dispatches to them),
// and the population line that most of them lie on.
#include <optional>

#include "spleis/rule.hpp"

namespace spleis {

RawAmount evaluate(RuleKind rule, const ParameterValues& values, const Municipality& member, const Group& group);

// Most rules charge every member per_member + per_inhabitant × population. Such a rule states
// the two coefficients once; evaluate() computes its amounts with exactly this expression, so
// the solver can work on the coefficients and still agree with evaluate() to the last bit.
struct PopulationLine {
    double per_member = 0;
    double per_inhabitant = 0;
    std::optional<TermKind> member_term;      // how the two parts are named in explanations
    std::optional<TermKind> inhabitant_term;
    double amount(std::int64_t population) const { return per_member + static_cast<double>(population) * per_inhabitant; }
};

// The line of a rule that has one; nothing for rules whose amount is not affine in population.
std::optional<PopulationLine> population_line(RuleKind rule, const ParameterValues& values, const Group& group);

// A member's raw amount on a line, with its terms.
RawAmount on_line(const PopulationLine& line, const Municipality& member);

}  // namespace spleis

namespace spleis::rules {

PopulationLine equal_split_line(const ParameterValues&, const Group&);
PopulationLine per_inhabitant_line(const ParameterValues&, const Group&);
PopulationLine base_plus_per_inhabitant_line(const ParameterValues&, const Group&);
PopulationLine mixed_key_line(const ParameterValues&, const Group&);
PopulationLine matched_fund_line(const ParameterValues&, const Group&);

RawAmount equal_split(const ParameterValues&, const Municipality&, const Group&);
RawAmount per_inhabitant(const ParameterValues&, const Municipality&, const Group&);
RawAmount base_plus_per_inhabitant(const ParameterValues&, const Municipality&, const Group&);
RawAmount mixed_key(const ParameterValues&, const Municipality&, const Group&);
RawAmount matched_fund(const ParameterValues&, const Municipality&, const Group&);
RawAmount population_bands(const ParameterValues&, const Municipality&, const Group&);

}  // namespace spleis::rules

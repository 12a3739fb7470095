// Matched fund: members pay a levy per inhabitant into a fund; a sponsor adds a matching
// amount (match_rate per krone paid in) up to its maximum; the fund holds at most its upper frame.
// Source: the KommIT fund / DigiFin (KS, 2017–2018): municipalities and counties pay in per
// inhabitant, the state adds up to 125 MNOK, the fund is capped at 250 MNOK; only members
// may use what it builds.
// Guarantees: a member's amount = levy × population; the sponsor's part is worked out in
// funding.cpp, from what the members actually pay.
#include "rules.hpp"

namespace spleis::rules {

PopulationLine matched_fund_line(const ParameterValues& v, const Group&) {
    return {0.0, value(v, ParameterId::levy_per_inhabitant), std::nullopt, TermKind::levy};
}

RawAmount matched_fund(const ParameterValues& v, const Municipality& m, const Group& g) { return on_line(matched_fund_line(v, g), m); }

}  // namespace spleis::rules

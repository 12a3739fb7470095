// Per inhabitant: every member pays the same amount per inhabitant.
// Source: the most common key in Norwegian inter-municipal cooperation (and the KommIT /
// DigiFin levy, see matched_fund.cpp).
// Guarantees: amount = per_inhabitant × population, so a larger municipality never pays less.
#include "rules.hpp"

namespace spleis::rules {

PopulationLine per_inhabitant_line(const ParameterValues& v, const Group&) {
    return {0.0, value(v, ParameterId::per_inhabitant), std::nullopt, TermKind::per_inhabitant};
}

RawAmount per_inhabitant(const ParameterValues& v, const Municipality& m, const Group& g) {
    return on_line(per_inhabitant_line(v, g), m);
}

}  // namespace spleis::rules

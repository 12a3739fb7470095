// Per inhabitant: every member pays the same amount per inhabitant.
// Source: the most common key in Norwegian inter-municipal cooperation (and the KommIT /
// DigiFin levy, see matched_fund.cpp).
// Guarantees: amount = per_inhabitant × population, so a larger municipality never pays less.
#include "rules.hpp"

namespace spleis::rules {

RawAmount per_inhabitant(const ParameterValues& v, const Municipality& m, const Group&) {
    const double rate = value(v, ParameterId::per_inhabitant);
    const auto inhabitants = static_cast<double>(m.population);
    RawAmount raw;
    raw.terms[raw.term_count++] = {TermKind::per_inhabitant, inhabitants, rate, inhabitants * rate};
    raw.total = inhabitants * rate;
    return raw;
}

}  // namespace spleis::rules

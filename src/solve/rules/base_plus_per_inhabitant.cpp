// Base amount plus a share per inhabitant.
// Source: Digi Vestland (Vestland's 43 municipalities; Osterøy kommune, council paper 2021):
// "a fixed base amount plus a share per inhabitant, at most 500 000 kr per municipality".
// Guarantees: amount = base_amount + per_inhabitant × population; affine in each parameter.
#include "rules.hpp"

namespace spleis::rules {

RawAmount base_plus_per_inhabitant(const ParameterValues& v, const Municipality& m, const Group&) {
    const double base = value(v, ParameterId::base_amount);
    const double rate = value(v, ParameterId::per_inhabitant);
    const auto inhabitants = static_cast<double>(m.population);
    RawAmount raw;
    raw.terms[raw.term_count++] = {TermKind::base_amount, 1, base, base};
    raw.terms[raw.term_count++] = {TermKind::per_inhabitant, inhabitants, rate, inhabitants * rate};
    raw.total = base + inhabitants * rate;
    return raw;
}

}  // namespace spleis::rules

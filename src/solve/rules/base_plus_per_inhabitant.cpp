// Base amount plus a share per inhabitant.
// Source: Digi Vestland (Vestland's 43 municipalities; Osterøy kommune, council paper 2021):
// "a fixed base amount plus a share per inhabitant, at most 500 000 kr per municipality".
// Guarantees: amount = base_amount + per_inhabitant × population; affine in each parameter.
#include "rules.hpp"

namespace spleis::rules {

PopulationLine base_plus_per_inhabitant_line(const ParameterValues& v, const Group&) {
    return {value(v, ParameterId::base_amount), value(v, ParameterId::per_inhabitant), TermKind::base_amount,
            TermKind::per_inhabitant};
}

RawAmount base_plus_per_inhabitant(const ParameterValues& v, const Municipality& m, const Group& g) {
    return on_line(base_plus_per_inhabitant_line(v, g), m);
}

}  // namespace spleis::rules

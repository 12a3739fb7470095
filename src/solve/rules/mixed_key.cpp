// Mixed key: a fraction of the pot is split equally, the rest by population.
// Source: eKommune Sunnmøre (30 % equally, 70 % by population) and IKT Nordhordland
// (one third equally, two thirds by population).
// Guarantees: before caps the amounts sum to amount_to_split exactly; affine in the pot.
#include "rules.hpp"

namespace spleis::rules {

RawAmount mixed_key(const ParameterValues& v, const Municipality& m, const Group& group) {
    const double pot = value(v, ParameterId::amount_to_split);
    const double fraction = value(v, ParameterId::equal_fraction);
    const double per_member = fraction * pot / static_cast<double>(group.members);
    const double per_inhabitant = (1 - fraction) * pot / static_cast<double>(group.population);
    const auto inhabitants = static_cast<double>(m.population);
    RawAmount raw;
    raw.terms[raw.term_count++] = {TermKind::equal_part, 1, per_member, per_member};
    raw.terms[raw.term_count++] = {TermKind::population_part, inhabitants, per_inhabitant, inhabitants * per_inhabitant};
    raw.total = per_member + inhabitants * per_inhabitant;
    return raw;
}

}  // namespace spleis::rules

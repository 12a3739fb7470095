// Mixed key: a fraction of the pot is split equally, the rest by population.
// Source: eKommune Sunnmøre (30 % equally, 70 % by population) and IKT Nordhordland
// (one third equally, two thirds by population).
// Guarantees: before caps the amounts sum to amount_to_split exactly; affine in the pot.
#include "rules.hpp"

namespace spleis::rules {

PopulationLine mixed_key_line(const ParameterValues& v, const Group& group) {
    const double pot = value(v, ParameterId::amount_to_split);
    const double fraction = value(v, ParameterId::equal_fraction);
    return {fraction * pot / static_cast<double>(group.members), (1 - fraction) * pot / static_cast<double>(group.population),
            TermKind::equal_part, TermKind::population_part};
}

RawAmount mixed_key(const ParameterValues& v, const Municipality& m, const Group& g) { return on_line(mixed_key_line(v, g), m); }

}  // namespace spleis::rules

// Population bands: a fixed price per population band, optionally plus a base amount and a
// part per inhabitant.
// Sources: Digiorden (Vestland/Hordaland archive cooperation: connection fee 25 000 / 40 000 /
// 60 000 kr by band, operation 500 kr a month plus 0.125 kr per inhabitant a month) and KS,
// Fiks folkeregister price list 2021 (10 000 / 20 000 / 30 000 kr a year by band).
// Guarantees: amount = band_scale × the price of the one band holding the member's population
// (from inclusive, below exclusive) + base_amount + per_inhabitant × population; jointly affine
// in band_scale, base_amount and per_inhabitant, so each can be solved and all can be calibrated.
#include "rules.hpp"

namespace spleis::rules {

RawAmount population_bands(const ParameterValues& v, const Municipality& m, const Group& group) {
    const double scale = value(v, ParameterId::band_scale);
    const double base = value(v, ParameterId::base_amount);
    const double rate = value(v, ParameterId::per_inhabitant);
    const auto inhabitants = static_cast<double>(m.population);
    // The loader rejects gaps, so a member outside every band only happens with bands built
    // in code; it then pays no band price rather than an invented one.
    const Band* band = band_for(group.bands, m.population);
    const double price = band ? to_kroner(band->amount) : 0.0;
    RawAmount raw;
    raw.terms[raw.term_count++] = {TermKind::band, scale, price, scale * price};
    if (base != 0) raw.terms[raw.term_count++] = {TermKind::base_amount, 1, base, base};
    if (rate != 0) raw.terms[raw.term_count++] = {TermKind::per_inhabitant, inhabitants, rate, inhabitants * rate};
    raw.total = scale * price + base + inhabitants * rate;
    return raw;
}

}  // namespace spleis::rules

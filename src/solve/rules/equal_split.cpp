// Equal split: every paying member pays the same amount.
// Source: Smartere Salten (Salten regionråd, 2019): after Iris-fondet and the regional fund,
// "the rest split equally" between the ten municipalities, 110 000 kr each.
// Guarantees: amount = amount_per_member for every member; affine (slope 1) in it.
#include "rules.hpp"

namespace spleis::rules {

PopulationLine equal_split_line(const ParameterValues& v, const Group&) {
    return {value(v, ParameterId::amount_per_member), 0.0, TermKind::equal_share, std::nullopt};
}

RawAmount equal_split(const ParameterValues& v, const Municipality& m, const Group& g) {
    return on_line(equal_split_line(v, g), m);
}

}  // namespace spleis::rules

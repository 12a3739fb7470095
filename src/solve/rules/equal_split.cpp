// Equal split: every paying member pays the same amount.
// Source: Smartere Salten (Salten regionråd, 2019): after Iris-fondet and the regional fund,
// "the rest split equally" between the ten municipalities, 110 000 kr each.
// Guarantees: amount = amount_per_member for every member; affine (slope 1) in it.
#include "rules.hpp"

namespace spleis::rules {

RawAmount equal_split(const ParameterValues& v, const Municipality&, const Group&) {
    const double share = value(v, ParameterId::amount_per_member);
    RawAmount raw;
    raw.terms[raw.term_count++] = {TermKind::equal_share, 1, share, share};
    raw.total = share;
    return raw;
}

}  // namespace spleis::rules

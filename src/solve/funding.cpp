// External funding, self-funded members and a matched fund's sponsor: the money that is
// not split by the rule. It is deducted first, so the rule only shares what is left.
// Sources: Smartere Salten (Iris-fondet 2.1 MNOK, regional fund 1.0 MNOK); Digi Vestland
// (Bergen covers 9.1 MNOK itself); KommIT / DigiFin (the state matches up to 125 MNOK).
#include "funding.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "spleis/error.hpp"
#include "spleis/nok.hpp"

namespace spleis {

namespace {
Ore round_down_to(Ore amount, Ore unit) { return amount / unit * unit; }

std::string sponsor_name(const Scenario& s) { return s.model.sponsor.empty() ? "Sponsor" : s.model.sponsor; }

}  // namespace

// A matched fund reaching `fund`: members pay M, the sponsor min(rate × M, maximum).
MemberTarget matched_fund_target(const Scenario& s) {
    const Parameters& p = s.model.parameters;
    const Ore fund = s.budget ? *s.budget : to_ore(at(p, ParameterId::upper_frame).value);
    const double rate = at(p, ParameterId::match_rate).value;
    const Ore maximum = to_ore(at(p, ParameterId::sponsor_maximum).value);
    // Either the sponsor gives its maximum (members pay the rest), or it matches in full.
    Ore members = fund - maximum;
    if (rate * static_cast<double>(members) < static_cast<double>(maximum))
        members = round_down_to(static_cast<Ore>(std::floor(static_cast<double>(fund) / (1 + rate))), s.rounding_unit);
    const Funding sponsor{sponsor_name(s), fund - members, at(p, ParameterId::sponsor_maximum).source};
    return {members, {sponsor}};
}

MemberTarget member_target(const Scenario& s) {
    if (info(s.model.rule).sponsor_matched) {
        const bool solving = at(s.model.parameters, ParameterId::levy_per_inhabitant).solved();
        return solving ? matched_fund_target(s) : MemberTarget{};
    }
    MemberTarget target{std::nullopt, s.external_funding};
    if (!s.budget) return target;
    Ore rest = *s.budget;
    for (const Funding& f : s.external_funding) rest -= f.amount;
    for (const SelfFunded& m : s.self_funded) rest -= m.amount;
    target.amount = rest;
    return target;
}

Ore sponsor_match_amount(const Scenario& s, Ore members_paid) {
    const Parameters& p = s.model.parameters;
    const Ore maximum = to_ore(at(p, ParameterId::sponsor_maximum).value);
    const Ore match = std::llround(at(p, ParameterId::match_rate).value * static_cast<double>(members_paid));
    return std::min(match, maximum);
}

Funding sponsor_match(const Scenario& s, Ore members_paid) {
    const Parameters& p = s.model.parameters;
    const Ore amount = sponsor_match_amount(s, members_paid);
    const Ore frame = to_ore(at(p, ParameterId::upper_frame).value);
    if (members_paid + amount > frame)
        throw Error(ErrorKind::infeasible, at(p, ParameterId::levy_per_inhabitant).where,
                    fmt::format("the fund would hold {} ({} from the members, {} from {}), above its upper frame of {}; "
                                "lower the levy or mark it `solve`",
                                format_nok(members_paid + amount), format_nok(members_paid), format_nok(amount),
                                sponsor_name(s), format_nok(frame)));
    return {sponsor_name(s), amount, at(p, ParameterId::sponsor_maximum).source};
}

}  // namespace spleis

#pragma once
// A what-if, as a committee asks it: "the cap at 400 000 kr", "Bergen pays 8 MNOK", "solve the
// cap instead", "round to 100 kr", "what if Kinn and Stad stay out?". Every shell (a page's
// request, the C API, Python) turns its own syntax into this one type and calls apply(): the
// engine checks every value with the same rules and the same words as a scenario file, so a
// what-if means one thing wherever it is asked. Applying it is a pure function: the
// scenario's files are not read again, and the result is checked and solved like any other.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "spleis/error.hpp"
#include "spleis/money.hpp"
#include "spleis/parameter.hpp"
#include "spleis/scenario.hpp"

namespace spleis {

// Numbers are as the caller gave them (kroner, kroner per inhabitant, shares), not yet checked:
// apply() checks them. A refusal names the change at fault in Location::field, with these
// names: "option", "leave", "parameters.cap", "solve", "budget", "external_funding.<name>",
// "self_funded.<member>", "rounding_unit_ore".
struct Changes {
    std::optional<std::string> option;                               // an option's model instead of the baseline, by name
    std::vector<std::string> leave;                                  // members that stay out, by code or name
    std::vector<std::pair<ParameterId, std::optional<double>>> parameters;  // values given (no longer solved); nothing: no cap or floor
    std::optional<ParameterId> solve;                                // the parameter to solve instead
    std::optional<double> budget;                                    // kroner
    std::vector<std::pair<std::string, double>> external_funding;    // kroner, by the funding's name
    std::vector<std::pair<std::string, double>> self_funded;         // kroner, by the member's code or name
    std::optional<double> rounding_unit_ore;                         // 1, 100, 10 000 or 100 000 øre
    std::string source = "set in the what-if";                       // what a changed parameter's source reads
};

// The scenario with the changes made: the option first, then the members leaving (as an
// option's `leave:`, with_changes(): a leaving member's self-funded amount goes with it), the
// parameters, the budget, the funding, the self-funded amounts and the rounding. A parameter
// that was solved and is given a value is solved no more; `solve` then names the one to
// solve (its value is dropped). Throws Error (input, with Location::field) for a value a
// scenario file could not hold (negative, above 10^12 kr, a fraction of an øre, not finite),
// an unknown option, funding or member, a member named twice, a member leaving that is not
// one (or none left to pay), or a parameter solved and given at once; what check() refuses
// (a cap below the base amount) check() refuses, naming the field.
Scenario apply(const Scenario& scenario, const Changes& changes);

// An amount in kroner as whole øre, or the refusal naming `field`, in the words a scenario
// file's amount gets: not negative, finite, at most 10^12 kr, whole øre.
Ore checked_amount(double kroner, const std::string& field, std::string_view key);

}  // namespace spleis

#pragma once
// A what-if, as a committee asks it: "the cap at 400 000 kr", "Bergen pays 8 MNOK", "solve the
// cap instead", "round to 100 kr", "what if Kinn and Stad stay out?". Applying it to a scenario is a pure function: the
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

struct Changes {
    std::optional<std::string> option;                            // an option's model instead of the baseline
    std::vector<std::string> leave;                               // codes of members that stay out
    std::vector<std::pair<ParameterId, double>> parameters;       // values given (no longer solved)
    std::optional<ParameterId> solve;                             // the parameter to solve instead
    std::optional<Ore> budget;
    std::vector<std::pair<std::string, Ore>> external_funding;    // by the funding's name
    std::vector<std::pair<std::string, Ore>> self_funded;         // by the member's code
    std::optional<Ore> rounding_unit;                             // 1, 100, 10 000 or 100 000 øre
};

// A change that cannot apply, with the change at fault ("option", "parameters.cap",
// "self_funded.4601"). An Error of kind input.
class ChangeError : public Error {
public:
    ChangeError(std::string field, const std::string& message) : Error(Location{}, message), field_(std::move(field)) {}
    const std::string& field() const { return field_; }

private:
    std::string field_;
};

// The scenario with the changes made: the option first, then the members leaving (as an
// option's `leave:`, with_changes(): a leaving member's self-funded amount goes with it), the
// parameters, the budget, the funding, the self-funded amounts and the rounding. A parameter that was solved and is given
// a value is solved no more; `solve` then names the one to solve (its value is dropped).
// Throws ChangeError for an unknown option, funding or self-funded member, a member leaving
// that is not one (or none left to pay), or a parameter solved and given at once; what check() refuses (a cap below the base) it leaves to check().
Scenario apply(const Scenario& scenario, const Changes& changes);

}  // namespace spleis

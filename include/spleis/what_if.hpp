#pragma once
// Many what-ifs of one scenario, each re-solved on members prepared once: for a page that asks
// again at every move of a slider. A what-if may change the parameters (and which one is
// solved), the budget, the funding, the amounts the self-funded members pay and the rounding.
// One with other members, other members paying for themselves, another rule or price list, or
// a shortfall rule or a matched fund is not for this solver (fits() says so): allocate() is.
#include <memory>
#include <optional>
#include <vector>

#include "spleis/allocation.hpp"
#include "spleis/changes.hpp"
#include "spleis/scenario.hpp"

namespace spleis {

struct Prepared;

// What allocate() gives for a what-if, without the names, terms and explanations.
struct WhatIfAmounts {
    std::vector<Ore> amounts;   // per member, in code order (as Allocation::members)
    std::vector<Limit> limits;  // which limit bound each
    std::optional<ParameterId> solved;
    double solved_value = 0;
    Ore members_total = 0;      // self-funded members included
    Ore total = 0;              // members_total + external funding (== budget when given)
    std::optional<Ore> budget;
};

// An allocation's amounts in these terms: what allocate() gives for a what-if.
WhatIfAmounts amounts_of(const Allocation& allocation);

class WhatIfSolver {
public:
    // Throws as allocate(base) would when base cannot be prepared.
    explicit WhatIfSolver(const Scenario& base);
    ~WhatIfSolver();
    WhatIfSolver(WhatIfSolver&&) noexcept;
    WhatIfSolver& operator=(WhatIfSolver&&) noexcept;

    // Whether what_if keeps what was prepared: the same members with the same populations,
    // the same of them self-funded, the same rule and price list, no shortfall rule, no fund.
    bool fits(const Scenario& what_if) const;
    // The amounts allocate(what_if) gives, to the øre; throws as it does. Requires fits(what_if).
    // Several threads may solve at once.
    WhatIfAmounts solve(const Scenario& what_if) const;
    // The same for the what-if `changes` make to the prepared scenario, when they keep its members
    // (no other option, nobody leaving): allocate(apply(base, changes)) to the øre, throwing as
    // it and apply() do, without copying the members to compare them again. Nothing when the
    // changes do not keep the members, or the scenario itself is not for this solver.
    std::optional<WhatIfAmounts> solve(const Changes& changes) const;
    // The members in code order, as the amounts are.
    const std::vector<Municipality>& members() const;

private:
    WhatIfAmounts solve_checked(const Scenario& what_if) const;

    std::unique_ptr<const Prepared> prepared_;
    std::unique_ptr<const Scenario> without_members_;  // the prepared scenario with no members, options, notes or facts
    bool base_fits_ = false;
};

}  // namespace spleis

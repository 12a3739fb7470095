// What-ifs re-solved on the members prepared once: everything that depends only on who the
// members are and who pays for itself (code order, population order and running sums, the
// group) is kept; the parameters, limits, target and rounding are read from each what-if, as
// prepare() reads them, and solved as allocate() solves them.
#include "spleis/what_if.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "check.hpp"
#include "infeasible.hpp"
#include "prepared.hpp"
#include "spleis/error.hpp"
#include "spleis/solve.hpp"

namespace spleis {

namespace {

bool same_bands(const std::vector<Band>& a, const std::vector<Band>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Band& x, const Band& y) {
        return x.from == y.from && x.below == y.below && x.amount == y.amount;
    });
}

// The members in code order, as prepare() puts them, without copying the scenario's.
std::vector<const Municipality*> in_code_order(const Scenario& s) {
    std::vector<const Municipality*> out;
    out.reserve(s.members.size());
    for (const Municipality& m : s.members) out.push_back(&m);
    const auto by_code = [](const Municipality* a, const Municipality* b) { return a->code < b->code; };
    if (!std::is_sorted(out.begin(), out.end(), by_code)) std::sort(out.begin(), out.end(), by_code);
    return out;
}

}  // namespace

WhatIfAmounts amounts_of(const Allocation& a) {
    WhatIfAmounts out;
    for (const MemberShare& m : a.members) {
        out.amounts.push_back(m.amount);
        out.limits.push_back(m.limit);
    }
    out.solved = a.solved;
    if (a.solved) out.solved_value = at(a.parameters, *a.solved).value;
    out.members_total = a.members_total;
    out.total = a.total;
    out.budget = a.budget;
    return out;
}

WhatIfSolver::WhatIfSolver(const Scenario& base) {
    check(base);
    prepared_ = std::make_unique<const Prepared>(prepare(base));
    base_fits_ = fits(base);
    // What a what-if that keeps the members changes, and what the solver reads: no members,
    // options, notes or facts to copy for each.
    Scenario without_members = base;
    without_members.members.clear();
    without_members.options.clear();
    without_members.notes.clear();
    without_members.reforms_followed.clear();
    without_members.facts.clear();
    without_members_ = std::make_unique<const Scenario>(std::move(without_members));
}

WhatIfSolver::~WhatIfSolver() = default;
WhatIfSolver::WhatIfSolver(WhatIfSolver&&) noexcept = default;
WhatIfSolver& WhatIfSolver::operator=(WhatIfSolver&&) noexcept = default;

const std::vector<Municipality>& WhatIfSolver::members() const { return prepared_->members; }

bool WhatIfSolver::fits(const Scenario& s) const {
    const Prepared& p = *prepared_;
    if (s.model.rule != p.rule || s.model.shortfall || info(s.model.rule).sponsor_matched) return false;
    if (!same_bands(s.model.bands, p.group.bands) || s.members.size() != p.members.size()) return false;
    const auto same = [&](const Municipality& a, const Municipality& b) { return a.code == b.code && a.population == b.population; };
    // Loaded scenarios list their members in code order already, as prepared.
    if (!std::equal(s.members.begin(), s.members.end(), p.members.begin(), same)) {
        const std::vector<const Municipality*> members = in_code_order(s);
        for (std::size_t i = 0; i < members.size(); ++i)
            if (!same(*members[i], p.members[i])) return false;
    }
    // The same members pay for themselves (their amounts may differ).
    std::size_t self_funded = 0;
    for (const SelfFunded& sf : s.self_funded) {
        const auto at = std::lower_bound(p.members.begin(), p.members.end(), sf.code,
                                         [](const Municipality& m, const std::string& code) { return m.code < code; });
        if (at == p.members.end() || at->code != sf.code) return false;
        const auto i = static_cast<std::size_t>(at - p.members.begin());
        if (std::binary_search(p.paying.begin(), p.paying.end(), i)) return false;
        ++self_funded;
    }
    return self_funded == p.members.size() - p.paying.size();
}

WhatIfAmounts WhatIfSolver::solve(const Scenario& s) const {
    check(s);
    return solve_checked(s);
}

std::optional<WhatIfAmounts> WhatIfSolver::solve(const Changes& changes) const {
    const bool other_option = changes.option && *changes.option != without_members_->baseline_name;
    if (!base_fits_ || other_option || !changes.leave.empty()) return std::nullopt;
    // apply() changes the members only for an option or those leaving; the self-funded it
    // changes only in amount. So the what-if keeps the prepared members (checked when they
    // were prepared) and fits.
    const Scenario s = apply(*without_members_, changes);
    check_keeping_members(s);
    return solve_checked(s);
}

WhatIfAmounts WhatIfSolver::solve_checked(const Scenario& s) const {
    const Prepared* p = prepared_.get();
    ParameterValues values{};
    std::optional<ParameterId> unknown;
    read_parameters(s.model.parameters, values, unknown);
    // Another unknown or rounding unit: a copy with those (rare: a slider moves a value).
    std::optional<Prepared> other;
    if (unknown != p->unknown || s.rounding_unit != p->unit) {
        other = *p;
        other->unknown = unknown;
        other->unit = s.rounding_unit;
        p = &*other;
    }
    const MemberLimits limits = member_limits(s.model.parameters);
    const MemberTarget target = member_target(s);
    Workspace w;
    if (!solve_paying(*p, values, limits, target.amount, w))
        infeasible(s, total_curve(*p, values, limits), *unknown, p->paying.size(), limits, *target.amount);

    WhatIfAmounts out;
    out.amounts.assign(p->members.size(), 0);
    out.limits.assign(p->members.size(), Limit::self_funded);
    for (const SelfFunded& sf : s.self_funded) {
        const auto at = std::lower_bound(p->members.begin(), p->members.end(), sf.code,
                                         [](const Municipality& m, const std::string& code) { return m.code < code; });
        out.amounts[static_cast<std::size_t>(at - p->members.begin())] = sf.amount;
    }
    // Which limit bound each: on the population line once for all (limited_amount() finds the
    // line again for each member), the same expression.
    const std::optional<PopulationLine> line = population_line(p->rule, values, p->group);
    for (std::size_t k = 0; k < p->paying.size(); ++k) {
        const std::size_t i = p->paying[k];
        out.amounts[i] = w.amounts[k];
        if (line) apply_limits(line->amount(p->population[k]), limits, out.limits[i]);
        else limited_amount(*p, values, limits, k, out.limits[i]);
    }
    out.solved = unknown;
    if (unknown) out.solved_value = values[static_cast<std::size_t>(*unknown)];
    for (const Ore amount : out.amounts) out.members_total += amount;
    out.total = out.members_total;
    for (const Funding& f : target.funding) out.total += f.amount;
    out.budget = s.budget;
    if (out.budget && out.total != *out.budget)
        throw Error(ErrorKind::internal, {},
                    fmt::format("the allocation does not balance: {} øre allocated, budget {} øre", out.total, *out.budget));
    return out;
}

}  // namespace spleis

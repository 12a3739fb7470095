// Calibration: the parameters behind published figures.
// Source: finance officers know the outcome (Osterøy's council paper on Digi Vestland 2021
// gives the 42 members' total and Osterøy's 260 000 kr) but not always the parameters.
// Guarantees: on the piece it returns, every member's amount is affine in the unknowns and
// the returned values lie on that same piece, so the amounts the values give are the amounts
// the fit was made with; with as many facts as unknowns the facts are met exactly (up to
// floating point), with more, the sum of squared residuals is least on that piece.
//
// Each paying member pays clamp(c + g·θ, floor, cap) with θ the unknowns (every rule is
// jointly affine in the parameters it lets you solve). Which members are capped or floored
// splits θ-space into pieces; on one piece each fact is linear in θ. Starting with nobody
// bound, solve, see who the solution caps or floors, and re-solve on that piece until the
// solution is consistent with the piece it was solved on.
#include "spleis/calibrate.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include <Eigen/Dense>
#include <fmt/format.h>

#include "limits.hpp"
#include "list_text.hpp"
#include "prepared.hpp"
#include "spleis/error.hpp"
#include "spleis/nok.hpp"
#include "spleis/solve.hpp"
#include "rules/rules.hpp"

namespace spleis {

namespace {

enum class State : std::uint8_t { free, cap, floor };

// Half an øre: a fact met this closely is met.
constexpr double met = 0.005;


std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

struct Problem {
    const Scenario& scenario;
    Prepared prepared;
    std::vector<ParameterId> unknowns;
    std::vector<double> intercept;          // per paying member: the amount at θ = 0, before limits
    Eigen::MatrixXd gradient;               // per paying member (row) and unknown (column)
    std::vector<std::ptrdiff_t> fact_member;  // per fact: index into paying, or -1 for the total
    std::vector<double> fact_target;        // per fact: kroner the paying members' amounts must give
    Ore other_money = 0;                    // external funding and self-funded members
};

std::string fact_text(const Problem& pr, std::size_t f) {
    const Fact& fact = pr.scenario.facts[f];
    if (fact.kind == FactKind::total) return fmt::format("the total of {} (line {})", format_nok(fact.amount), fact.where.line);
    const Municipality& m = pr.prepared.members[pr.prepared.paying[static_cast<std::size_t>(pr.fact_member[f])]];
    return fmt::format("{} paying {} (line {})", m.name, format_nok(fact.amount), fact.where.line);
}

double limit_of(State state, const MemberLimits& limits) { return state == State::cap ? limits.cap : limits.floor; }

// The facts as A·θ = b on the piece where the members in `state` are bound.
void system_on(const Problem& pr, const std::vector<State>& state, Eigen::MatrixXd& a, Eigen::VectorXd& b) {
    const auto k = static_cast<Eigen::Index>(pr.unknowns.size());
    const auto m = static_cast<Eigen::Index>(pr.fact_target.size());
    a = Eigen::MatrixXd::Zero(m, k);
    b = Eigen::VectorXd::Zero(m);
    const MemberLimits& limits = pr.prepared.limits;
    for (Eigen::Index f = 0; f < m; ++f) {
        const std::ptrdiff_t who = pr.fact_member[static_cast<std::size_t>(f)];
        double rest = pr.fact_target[static_cast<std::size_t>(f)];
        for (std::size_t i = 0; i < state.size(); ++i) {
            if (who >= 0 && static_cast<std::size_t>(who) != i) continue;
            if (state[i] == State::free) {
                a.row(f) += pr.gradient.row(static_cast<Eigen::Index>(i));
                rest -= pr.intercept[i];
            } else {
                rest -= limit_of(state[i], limits);
            }
        }
        b(f) = rest;
    }
}

[[noreturn]] void cannot_determine(const Problem& pr, const std::vector<State>& state, const Eigen::MatrixXd& a,
                                   const Eigen::VectorXd& b, Eigen::Index rank) {
    const Scenario& s = pr.scenario;
    const Location where = s.facts_where.file.empty() ? Location{s.file} : s.facts_where;
    const Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> cod(a);
    const Eigen::VectorXd residual = a * cod.solve(b) - b;

    std::vector<std::string> bound_facts;
    for (std::size_t f = 0; f < pr.fact_member.size(); ++f)
        if (pr.fact_member[f] >= 0 && state[static_cast<std::size_t>(pr.fact_member[f])] != State::free)
            bound_facts.push_back(pr.prepared.members[pr.prepared.paying[static_cast<std::size_t>(pr.fact_member[f])]].name);
    std::string why;
    if (!bound_facts.empty()) {
        why = fmt::format("; {} would be held by a limit, so {} fact says nothing about the parameters", bound_facts.front(),
                          bound_facts.size() == 1 ? "its" : "their");
        if (bound_facts.size() > 1) why.replace(2, bound_facts.front().size(), fmt::format("{} and {} more", bound_facts.front(), bound_facts.size() - 1));
    }

    if (residual.cwiseAbs().maxCoeff() > met) {
        std::vector<std::string> conflicting;
        for (Eigen::Index f = 0; f < residual.size(); ++f)
            if (std::abs(residual(f)) > met) conflicting.push_back(fact_text(pr, static_cast<std::size_t>(f)));
        throw Error(where, fmt::format("the facts contradict each other: no values of {} give both {}{}", keys(pr.unknowns, " and "),
                                       joined(conflicting), why));
    }
    // Which unknowns move freely: those with a part in the null space of A.
    const Eigen::FullPivLU<Eigen::MatrixXd> lu(a);
    const Eigen::MatrixXd kernel = lu.kernel();
    std::vector<ParameterId> loose;
    for (Eigen::Index j = 0; j < kernel.rows(); ++j)
        if (kernel.row(j).cwiseAbs().maxCoeff() > 1e-9) loose.push_back(pr.unknowns[static_cast<std::size_t>(j)]);
    throw Error(where, fmt::format("the facts cannot determine {}: the {} fix only {} of the {} unknowns{}; add a fact "
                                   "about a member of another size",
                                   keys(loose, " and "), plural(pr.fact_target.size(), "fact", "facts"),
                                   plural(static_cast<std::size_t>(rank), "combination", "combinations"),
                                   pr.unknowns.size(), why));
}

// Solves the facts on the piece `state`; columns are scaled to unit size first, because a base
// amount (about 10⁵ kr a member) and a rate (kroner per inhabitant, times 10⁴ inhabitants)
// would otherwise differ by orders of magnitude and blur the rank.
Eigen::VectorXd solve_on(const Problem& pr, const std::vector<State>& state) {
    Eigen::MatrixXd a;
    Eigen::VectorXd b;
    system_on(pr, state, a, b);
    Eigen::VectorXd scale = a.colwise().norm().transpose();
    for (Eigen::Index j = 0; j < scale.size(); ++j)
        if (scale(j) == 0) scale(j) = 1;
    const Eigen::MatrixXd scaled = a * scale.cwiseInverse().asDiagonal();
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(scaled);
    qr.setThreshold(1e-10);
    if (qr.rank() < scaled.cols()) cannot_determine(pr, state, scaled, b, qr.rank());
    return qr.solve(b).cwiseQuotient(scale);
}

std::vector<ParameterId> solvable_of(const RuleInfo& rule) { return {rule.solvable.begin(), rule.solvable.end()}; }

// The parameters marked `calibrate`, each one the rule can solve for; in `fixed` they are set
// to 0, the value the linearization starts from.
std::vector<ParameterId> calibrated_unknowns(const Scenario& s, Scenario& fixed) {
    const RuleInfo& rule = info(s.model.rule);
    std::vector<ParameterId> unknowns;
    for (std::size_t i = 0; i < parameter_count; ++i) {
        const auto id = static_cast<ParameterId>(i);
        Parameter& p = fixed.model.parameters[i];
        if (p.solved())
            throw Error(p.where, fmt::format("{} is `solve`, but a calibration finds its parameters from facts, not from a "
                                             "budget; give it a value or mark it `calibrate`",
                                             info(id).key));
        if (!p.calibrated()) continue;
        if (std::find(rule.solvable.begin(), rule.solvable.end(), id) == rule.solvable.end())
            throw Error(p.where, fmt::format("{} cannot be calibrated; under {} calibrate {}", info(id).key, rule.key,
                                             keys(solvable_of(rule), " and ")));
        unknowns.push_back(id);
        p.mode = ParameterMode::value;  // its value is what calibration tries
        p.value = 0;
    }
    if (unknowns.empty())
        throw Error(Location{s.file}, fmt::format("nothing to calibrate: mark the parameters to find with `calibrate` "
                                                  "(under {}: {})",
                                                  rule.key, keys(solvable_of(rule), " and ")));
    return unknowns;
}

// What else a calibration needs: a total that is the members' alone, and enough facts.
void check_calibratable(const Scenario& s, const std::vector<ParameterId>& unknowns) {
    if (info(s.model.rule).sponsor_matched)
        throw Error(Location{s.file}, "a matched fund cannot be calibrated: its total includes the sponsor's match");
    if (s.budget)
        throw Error(s.budget_where, "a calibration takes its total from the facts; write the budget as a fact "
                                    "(`- total: …`) instead of `budget:`");
    if (s.facts.size() < unknowns.size())
        throw Error(s.facts_where.file.empty() ? Location{s.file} : s.facts_where,
                    fmt::format("{} `calibrate` ({}), but the scenario gives only {}; give at least as many facts as "
                                "unknowns",
                                unknowns.size() == 1 ? "1 parameter is" : fmt::format("{} parameters are", unknowns.size()),
                                keys(unknowns, " and "), plural(s.facts.size(), "fact", "facts")));
}

Ore other_money_of(const Scenario& s) {
    Ore other = 0;
    for (const Funding& f : s.external_funding) other += f.amount;
    for (const SelfFunded& f : s.self_funded) other += f.amount;
    return other;
}

// Each paying member's amount as intercept + gradient·θ, found by evaluating the rule at θ = 0
// and at each unit vector, and checked at θ = (1, …, 1).
void linearize(Problem& pr) {
    const Prepared& p = pr.prepared;
    const std::vector<ParameterId>& unknowns = pr.unknowns;
    const std::size_t n = p.paying.size();
    const auto k = static_cast<Eigen::Index>(unknowns.size());
    pr.intercept.resize(n);
    pr.gradient = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(n), k);
    ParameterValues values = p.values;
    for (std::size_t i = 0; i < n; ++i) {
        const Municipality& m = p.members[p.paying[i]];
        pr.intercept[i] = evaluate(p.rule, values, m, p.group).total;
        double predicted = pr.intercept[i];
        for (Eigen::Index j = 0; j < k; ++j) {
            auto& x = values[static_cast<std::size_t>(unknowns[static_cast<std::size_t>(j)])];
            const auto [at_zero, at_one] = at_zero_and_one(x, [&] { return evaluate(p.rule, values, m, p.group).total; });
            x = 0;
            pr.gradient(static_cast<Eigen::Index>(i), j) = at_one - at_zero;
            predicted += pr.gradient(static_cast<Eigen::Index>(i), j);
        }
        // The walk relies on the amounts being affine in all unknowns together.
        for (ParameterId id : unknowns) values[static_cast<std::size_t>(id)] = 1;
        const double actual = evaluate(p.rule, values, m, p.group).total;
        for (ParameterId id : unknowns) values[static_cast<std::size_t>(id)] = 0;
        if (std::abs(actual - predicted) > 1e-9 * std::max(1.0, std::abs(actual)))
            throw Error(ErrorKind::internal, {}, fmt::format("rule {} is not affine in {} together", info(p.rule).key, keys(unknowns, " and ")));
    }
}

// Each fact as the kroner the paying members' amounts must give: the total less the other
// money, or one paying member's amount.
void add_fact_targets(Problem& pr) {
    const Scenario& s = pr.scenario;
    const Prepared& p = pr.prepared;
    for (const Fact& fact : s.facts) {
        if (fact.kind == FactKind::total) {
            if (fact.amount < pr.other_money)
                throw Error(fact.where, fmt::format("the total {} is less than the {} external funding and self-funded "
                                                    "members cover",
                                                    format_nok(fact.amount), format_nok(pr.other_money)));
            pr.fact_member.push_back(-1);
            pr.fact_target.push_back(to_kroner(fact.amount - pr.other_money));
            continue;
        }
        const auto it = std::find_if(p.paying.begin(), p.paying.end(), [&](std::size_t i) { return p.members[i].code == fact.member; });
        if (it == p.paying.end()) {
            const auto self = std::find_if(s.self_funded.begin(), s.self_funded.end(),
                                           [&](const SelfFunded& sf) { return sf.code == fact.member; });
            const std::string amount = self != s.self_funded.end() ? format_nok(self->amount) : "?";
            throw Error(fact.where, fmt::format("the fact is about {}, which is self-funded: its {} is fixed and says "
                                                "nothing about the parameters",
                                                fact.member, amount));
        }
        pr.fact_member.push_back(it - p.paying.begin());
        pr.fact_target.push_back(to_kroner(fact.amount));
    }
}

Problem set_up(const Scenario& s) {
    Scenario fixed = s;
    std::vector<ParameterId> unknowns = calibrated_unknowns(s, fixed);
    check_calibratable(s, unknowns);
    fixed.facts.clear();
    check(fixed);

    Problem pr{s, prepare(fixed), std::move(unknowns), {}, {}, {}, {}, other_money_of(s)};
    linearize(pr);
    add_fact_targets(pr);
    return pr;
}

}  // namespace

Calibration calibrate(const Scenario& s) {
    const Problem pr = set_up(s);
    const Prepared& p = pr.prepared;
    const MemberLimits& limits = p.limits;
    const std::size_t n = p.paying.size();

    std::vector<State> state(n, State::free);
    std::set<std::vector<State>> tried;
    Eigen::VectorXd theta;
    Calibration c;
    c.unknowns = pr.unknowns;
    for (;;) {
        tried.insert(state);
        ++c.pieces;
        theta = solve_on(pr, state);
        // Where the solution puts each member, with a little slack for members exactly at a limit.
        bool consistent = true;
        std::vector<State> next = state;
        for (std::size_t i = 0; i < n; ++i) {
            const double raw = pr.intercept[i] + pr.gradient.row(static_cast<Eigen::Index>(i)).dot(theta);
            const double slack = 1e-9 * std::max({1.0, std::abs(raw), std::isfinite(limits.cap) ? limits.cap : 0.0});
            const bool ok = state[i] == State::free  ? raw >= limits.floor - slack && raw <= limits.cap + slack
                            : state[i] == State::cap ? raw >= limits.cap - slack
                                                     : raw <= limits.floor + slack;
            if (ok) continue;
            consistent = false;
            next[i] = raw > limits.cap ? State::cap : raw < limits.floor ? State::floor : State::free;
        }
        if (consistent) break;
        if (tried.count(next))
            throw Error(ErrorKind::infeasible, s.facts_where.file.empty() ? Location{s.file} : s.facts_where,
                        fmt::format("the facts cannot be met together with the cap and floor: after {} the solution "
                                    "keeps moving members on and off their limits",
                                    plural(c.pieces, "piece", "pieces")));
        state = std::move(next);
    }

    ParameterValues values = p.values;
    for (std::size_t j = 0; j < pr.unknowns.size(); ++j) {
        c.values.push_back(theta(static_cast<Eigen::Index>(j)));
        values[static_cast<std::size_t>(pr.unknowns[j])] = c.values.back();
    }
    std::vector<double> limited(n);
    for (std::size_t i = 0; i < n; ++i) {
        Limit limit = Limit::none;
        limited[i] = apply_limits(evaluate(p.rule, values, p.members[p.paying[i]], p.group).total, limits, limit);
        if (limit != Limit::none) c.bound.push_back({p.members[p.paying[i]], limit});
    }
    double paying_total = 0;
    for (double amount : limited) paying_total += amount;
    for (std::size_t f = 0; f < s.facts.size(); ++f) {
        FactFit fit;
        fit.stated = to_kroner(s.facts[f].amount);
        fit.fitted = pr.fact_member[f] < 0 ? paying_total + to_kroner(pr.other_money)
                                           : limited[static_cast<std::size_t>(pr.fact_member[f])];
        fit.residual = fit.fitted - fit.stated;
        c.facts_agree = c.facts_agree && std::abs(fit.residual) < met;
        c.fits.push_back(fit);
    }
    c.least_squares = s.facts.size() > pr.unknowns.size();
    return c;
}

Scenario with_calibrated(const Scenario& scenario, const Calibration& c) {
    Scenario s = scenario;
    for (std::size_t j = 0; j < c.unknowns.size(); ++j) {
        Parameter& p = at(s.model.parameters, c.unknowns[j]);
        p.mode = ParameterMode::value;
        p.value = c.values[j];
        p.source = fmt::format("calibrated from {} ({})", plural(scenario.facts.size(), "fact", "facts"), scenario.file);
    }
    s.facts.clear();
    s.options.clear();
    return s;
}

}  // namespace spleis

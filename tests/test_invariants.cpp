// Properties that must hold for every scenario, checked on random members and parameters
// (fixed seeds, so every run checks the same cases). Each property runs over every rule in the
// catalogue; where a property does not apply to a rule, applies() says so and why (it lists
// every rule, so a new rule does not compile until it is placed here).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>

#include <fmt/format.h>

#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {

struct Case {
    Scenario scenario;
    std::optional<double> cap, floor;
};

double value_of_base(const Parameters& p) {
    return at(p, ParameterId::base_amount).given() ? at(p, ParameterId::base_amount).value : 0;
}

std::vector<Municipality> random_members(std::mt19937_64& random) {
    std::vector<Municipality> members;
    const int n = 2 + static_cast<int>(random() % 120);
    for (int i = 0; i < n; ++i)
        members.push_back({std::to_string(1000 + i), fmt::format("M{}", i), 200 + static_cast<std::int64_t>(random() % 300'000)});
    return members;
}

// A scenario whose budget is met by a known parameter value, so it is always feasible.
Case random_case(std::mt19937_64& random, RuleKind rule, Ore unit) {
    Case c{test::scenario_with(rule, random_members(random)), {}, {}};
    Scenario& s = c.scenario;
    s.rounding_unit = unit;
    Parameters& p = s.model.parameters;
    const double unit_kr = to_kroner(unit);
    const auto whole_units = [&](double kroner) { return std::floor(kroner / unit_kr) * unit_kr; };
    ParameterId unknown{};
    switch (rule) {
        case RuleKind::equal_split: unknown = ParameterId::amount_per_member; at(p, unknown) = test::given(static_cast<double>(random() % 500'000)); break;
        case RuleKind::per_inhabitant: unknown = ParameterId::per_inhabitant; at(p, unknown) = test::given(static_cast<double>(random() % 5000) / 100); break;
        case RuleKind::base_plus_per_inhabitant:
            unknown = ParameterId::per_inhabitant;
            at(p, ParameterId::base_amount) = test::given(whole_units(static_cast<double>(random() % 200'000)));
            at(p, unknown) = test::given(static_cast<double>(random() % 5000) / 100);
            break;
        case RuleKind::mixed_key:
            unknown = ParameterId::amount_to_split;
            at(p, ParameterId::equal_fraction) = test::given(static_cast<double>(random() % 100) / 100);
            at(p, unknown) = test::given(static_cast<double>(random() % 50'000'000));
            break;
        case RuleKind::matched_fund:
            unknown = ParameterId::levy_per_inhabitant;
            at(p, ParameterId::match_rate) = test::given(static_cast<double>(random() % 200) / 100);
            at(p, ParameterId::sponsor_maximum) = test::given(whole_units(static_cast<double>(random() % 20'000'000)));
            at(p, ParameterId::upper_frame) = test::given(10e9);
            at(p, unknown) = test::given(static_cast<double>(random() % 5000) / 100);
            break;
        case RuleKind::population_bands: {
            // Prices that do not fall as the population rises, in whole rounding units.
            Ore price = unit * static_cast<Ore>(1 + random() % 1000);
            std::int64_t from = 0;
            for (int band = 0; band < 3; ++band) {
                const std::int64_t below = from + 1 + static_cast<std::int64_t>(random() % 100'000);
                s.model.bands.push_back({from, band == 2 ? std::nullopt : std::optional(below), price, {}});
                from = below;
                price += unit * static_cast<Ore>(random() % 1000);
            }
            unknown = ParameterId::band_scale;
            at(p, unknown) = test::given(0.5 + static_cast<double>(random() % 150) / 100);
            break;
        }
    }
    // A fund's members' part is rounded down from the fund, which may take it one unit below
    // what floors alone give: a fund has no floor here.
    if (rule != RuleKind::matched_fund && random() % 2) {
        c.floor = whole_units(static_cast<double>(random() % 100'000));
        at(p, ParameterId::floor) = test::given(*c.floor);
    }
    if (random() % 2) {
        c.cap = whole_units(std::max(c.floor.value_or(0), value_of_base(p)) + 50'000 + static_cast<double>(random() % 2'000'000));
        at(p, ParameterId::cap) = test::given(*c.cap);
    }
    // The budget the known value gives, rounded to the unit; then forget the value.
    at(p, unknown).mode = ParameterMode::value;
    Scenario fixed = s;
    const Allocation known = allocate(fixed);
    s.budget = known.total;  // the members' amounts, and a fund's sponsor
    at(p, unknown) = test::solve();
    return c;
}

enum class Property { sums_to_budget, order_free, larger_pays_more, solved_value_reproduces, budget_monotone };

bool applies(Property property, RuleKind rule) {
    switch (rule) {
        case RuleKind::equal_split:
        case RuleKind::population_bands:
            // Everyone (in a band) pays the same, up to one rounding unit that may fall on the smaller.
            return property != Property::larger_pays_more;
        case RuleKind::per_inhabitant:
        case RuleKind::base_plus_per_inhabitant:
        case RuleKind::mixed_key: return true;
        case RuleKind::matched_fund:
            // A fund's target is split between members and sponsor by the match: a fixed levy is
            // rounded on its own (no target), and a larger fund may hand the rise to the sponsor.
            return property != Property::solved_value_reproduces && property != Property::budget_monotone;
    }
    return false;
}

Ore other_money(const Allocation& a) {
    Ore sum = 0;
    for (const Funding& f : a.external_funding) sum += f.amount;
    return sum;
}

}  // namespace

TEST_CASE("For every rule and rounding unit the members' amounts sum to the budget to the øre, within cap and floor") {
    std::mt19937_64 random(3);
    for (const RuleInfo& r : all_rules()) {
        const RuleKind rule = r.kind;
        if (!applies(Property::sums_to_budget, rule)) continue;
        for (Ore unit : {Ore{1}, Ore{100}, Ore{10'000}, Ore{100'000}}) {
            for (int round = 0; round < 150; ++round) {
                const Case c = random_case(random, rule, unit);
                const Allocation a = allocate(c.scenario);
                Ore total = 0;
                for (const MemberShare& m : a.members) {
                    total += m.amount;
                    REQUIRE(m.amount % unit == 0);
                    if (c.cap) REQUIRE(m.amount <= std::llround(*c.cap * 100));
                    if (c.floor) REQUIRE(m.amount >= std::llround(*c.floor * 100));
                }
                REQUIRE(total + other_money(a) == *c.scenario.budget);
                REQUIRE(a.total == *c.scenario.budget);
            }
        }
    }
}

TEST_CASE("Reordering the members changes nobody's amount") {
    std::mt19937_64 random(5);
    for (const RuleInfo& r : all_rules()) {
        const RuleKind rule = r.kind;
        if (!applies(Property::order_free, rule)) continue;
        for (int round = 0; round < 100; ++round) {
            Case c = random_case(random, rule, 100);
            const Allocation before = allocate(c.scenario);
            std::shuffle(c.scenario.members.begin(), c.scenario.members.end(), random);
            const Allocation after = allocate(c.scenario);
            std::map<std::string, Ore> by_code;
            for (const MemberShare& m : before.members) by_code[m.municipality.code] = m.amount;
            for (const MemberShare& m : after.members) REQUIRE(by_code.at(m.municipality.code) == m.amount);
        }
    }
}

TEST_CASE("Under a per-inhabitant rule a larger municipality never pays less, after rounding") {
    std::mt19937_64 random(7);
    for (const RuleInfo& r : all_rules()) {
        const RuleKind rule = r.kind;
        if (!applies(Property::larger_pays_more, rule)) continue;
        for (int round = 0; round < 100; ++round) {
            INFO("rule " << r.key);
            const Allocation a = allocate(random_case(random, rule, 100).scenario);
            for (const MemberShare& x : a.members)
                for (const MemberShare& y : a.members)
                    if (x.municipality.population > y.municipality.population) REQUIRE(x.amount >= y.amount);
        }
    }
}

TEST_CASE("The solved parameter, put back as a fixed value, gives the same amounts") {
    std::mt19937_64 random(11);
    for (const RuleInfo& r : all_rules()) {
        const RuleKind rule = r.kind;
        if (!applies(Property::solved_value_reproduces, rule)) continue;
        for (int round = 0; round < 100; ++round) {
            Case c = random_case(random, rule, 100);
            const Allocation solved = allocate(c.scenario);
            Scenario fixed = c.scenario;
            fixed.budget.reset();
            at(fixed.model.parameters, *solved.solved) = test::given(at(solved.parameters, *solved.solved).value);
            const Allocation again = allocate(fixed);
            REQUIRE(again.members_total == solved.members_total);
            for (std::size_t i = 0; i < solved.members.size(); ++i) REQUIRE(again.members[i].amount == solved.members[i].amount);
        }
    }
}

TEST_CASE("Scaling every population by the same factor leaves a per-inhabitant split unchanged") {
    // Only the rate changes (it is divided by the factor); every amount, after caps, floors
    // and rounding, stays what it was.
    std::mt19937_64 random(13);
    int checked = 0;
    for (Ore unit : {Ore{1}, Ore{100}, Ore{10'000}, Ore{100'000}}) {
        for (int round = 0; round < 500; ++round) {
            const Case c = random_case(random, RuleKind::per_inhabitant, unit);
            const Allocation before = allocate(c.scenario);
            Scenario scaled = c.scenario;
            const auto factor = static_cast<std::int64_t>(2 + random() % 99);
            for (Municipality& m : scaled.members) m.population *= factor;
            const Allocation after = allocate(scaled);
            REQUIRE(after.members.size() == before.members.size());
            for (std::size_t i = 0; i < before.members.size(); ++i) {
                INFO(fmt::format("unit {} øre, factor {}, member {}", unit, factor, before.members[i].municipality.code));
                REQUIRE(after.members[i].amount == before.members[i].amount);
            }
            ++checked;
        }
    }
    CHECK(checked == 2000);
}

// Exactly, before rounding, nobody pays less when the budget rises. After rounding a member can
// lose one rounding unit: the largest-remainder method has the "Alabama paradox" (a larger
// total can reorder the remainders), e.g. per_inhabitant in units of 100 kr, budget 35 510 000
// → 35 648 600 kr: member 1047 of the first case below pays 800 kr, then 700 kr. Issue 7 asks
// for "never lowers"; that holds for the exact amounts, and after rounding within one unit.
TEST_CASE("Raising the budget never lowers anyone's exact amount, nor the rounded amount by more than one unit") {
    std::mt19937_64 random(17);
    int checked = 0, paradoxes = 0;
    for (const RuleInfo& r : all_rules()) {
        const RuleKind rule = r.kind;
        if (!applies(Property::budget_monotone, rule)) continue;
        for (Ore unit : {Ore{1}, Ore{100}, Ore{10'000}, Ore{100'000}}) {
            for (int round = 0; round < 170; ++round) {
                const Case c = random_case(random, rule, unit);
                const Allocation lower = allocate(c.scenario);
                Scenario raised = c.scenario;
                // From one unit to about a fifth more.
                const Ore steps = 1 + static_cast<Ore>(random() % static_cast<std::uint64_t>(1 + *raised.budget / unit / 5));
                *raised.budget += steps * unit;
                Allocation higher;
                try {
                    higher = allocate(raised);
                } catch (const Error& e) {
                    // Everyone at the cap already: more cannot be raised, which is not this property.
                    REQUIRE(e.kind() == ErrorKind::infeasible);
                    continue;
                }
                for (std::size_t i = 0; i < lower.members.size(); ++i) {
                    INFO(fmt::format("rule {}, unit {} øre, budget {} → {} øre, member {}", info(rule).key, unit,
                                     *c.scenario.budget, *raised.budget, lower.members[i].municipality.code));
                    // A billionth of a krone: the solver's floating-point noise, far below an øre.
                    REQUIRE(higher.members[i].limited >= lower.members[i].limited - 1e-9 * std::max(1.0, lower.members[i].limited));
                    REQUIRE(higher.members[i].amount >= lower.members[i].amount - unit);
                    if (higher.members[i].amount < lower.members[i].amount) ++paradoxes;
                }
                ++checked;
            }
        }
    }
    CHECK(checked > 2000);
    WARN(fmt::format("{} of {} raised budgets lowered some member's rounded amount by one unit", paradoxes, checked));
}

// What-ifs applied to a prepared scenario (spleis serve's solve endpoint, the page's sliders).
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

#include "spleis/changes.hpp"
#include "spleis/load.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {
constexpr Ore kr = ore_per_krone;

const Scenario& vestland() {
    static const Scenario s = load_scenario(test::source_path("scenarios/digi-vestland-2021-options.yaml"));
    return s;
}

Ore paid_by(const Allocation& a, const std::string& name) {
    const auto it = std::find_if(a.members.begin(), a.members.end(), [&](const MemberShare& m) { return m.municipality.name == name; });
    REQUIRE(it != a.members.end());
    return it->amount;
}

Ore sum_of_members(const Allocation& a) {
    return std::accumulate(a.members.begin(), a.members.end(), Ore{0}, [](Ore s, const MemberShare& m) { return s + m.amount; });
}
}  // namespace

TEST_CASE("No changes: Digi Vestland 2021 as decided, Osterøy 261 905 kr") {
    const Allocation a = allocate(apply(vestland(), Changes{}));
    CHECK(paid_by(a, "Osterøy") == 261'905 * kr);
}

TEST_CASE("A cap of 400 000 kr: more members at the cap, the others pay more, the budget still balances to the øre") {
    Changes c;
    c.parameters = {{ParameterId::cap, 400'000}};
    const Allocation a = allocate(apply(vestland(), c));
    CHECK(paid_by(a, "Osterøy") > 261'905 * kr);
    CHECK(paid_by(a, "Alver") == 400'000 * kr);
    CHECK(sum_of_members(a) == 19'470'000 * kr);
    CHECK(a.total == *a.budget);
}

TEST_CASE("Bergen covers 8 MNOK instead of 9.1: the other 42 share 11.47 MNOK") {
    Changes c;
    c.self_funded = {{"4601", 8'000'000}};
    const Allocation a = allocate(apply(vestland(), c));
    CHECK(paid_by(a, "Bergen") == 8'000'000 * kr);
    CHECK(sum_of_members(a) - 8'000'000 * kr == 11'470'000 * kr);
}

TEST_CASE("An option by name: the equal split gives each of the 42 paying members 246 904 or 246 905 kr") {
    Changes c;
    c.option = "Equal split";
    const Allocation a = allocate(apply(vestland(), c));
    for (const MemberShare& m : a.members)
        if (m.municipality.name != "Bergen") CHECK((m.amount == 246'904 * kr || m.amount == 246'905 * kr));
    CHECK(sum_of_members(a) == 19'470'000 * kr);
}

TEST_CASE("Solving the base amount instead of the rate: the rate given, the base found, the budget met") {
    Changes c;
    c.parameters = {{ParameterId::per_inhabitant, 18}};
    c.solve = ParameterId::base_amount;
    const Scenario s = apply(vestland(), c);
    CHECK(at(s.model.parameters, ParameterId::base_amount).solved());
    CHECK_FALSE(at(s.model.parameters, ParameterId::per_inhabitant).solved());
    const Allocation a = allocate(s);
    CHECK(a.solved == ParameterId::base_amount);
    CHECK(at(a.parameters, ParameterId::base_amount).value > 100'000);
    CHECK(sum_of_members(a) == 19'470'000 * kr);
}

TEST_CASE("Rounding to 1 000 kr: every amount a whole thousand, the total exact") {
    Changes c;
    c.rounding_unit_ore = 1000 * kr;
    const Allocation a = allocate(apply(vestland(), c));
    for (const MemberShare& m : a.members) CHECK(m.amount % (1000 * kr) == 0);
    CHECK(sum_of_members(a) == 19'470'000 * kr);
}

TEST_CASE("A change that cannot apply names the field at fault") {
    Changes option;
    option.option = "Everyone pays nothing";
    try {
        apply(vestland(), option);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.where().field == "option");
        CHECK_THAT(e.message(), Catch::Contains("no option \"Everyone pays nothing\"") && Catch::Contains("Equal split"));
    }
    Changes member;
    member.self_funded = {{"4630", 1}};
    CHECK_THROWS_WITH(apply(vestland(), member), Catch::Contains("member 4630 is not self-funded in this scenario; self-funded are: 4601"));
    Changes both;
    both.parameters = {{ParameterId::cap, 1}};
    both.solve = ParameterId::cap;
    CHECK_THROWS_WITH(apply(vestland(), both), "parameters.cap: cap is given a value and solved at once; leave one out");
    Changes unit;
    unit.rounding_unit_ore = 3;
    CHECK_THROWS_WITH(apply(vestland(), unit), "rounding_unit_ore: the rounding unit must be 1, 100, 10000 or 100000 øre, got 3");
}

TEST_CASE("A cap of 200 000 kr cannot meet the budget: infeasible, as the solver says") {
    Changes c;
    c.parameters = {{ParameterId::cap, 200'000}};
    try {
        allocate(apply(vestland(), c));
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::infeasible);
    }
}

TEST_CASE("Kinn and Stad stay out: the other 41 share the budget, 24.3337 kr per inhabitant, Osterøy 297 055 kr") {
    Changes c;
    c.leave = {"4602", "4649"};
    const Allocation a = allocate(apply(vestland(), c));
    CHECK(a.members.size() == 41);
    CHECK(std::none_of(a.members.begin(), a.members.end(),
                       [](const MemberShare& m) { return m.municipality.code == "4602" || m.municipality.code == "4649"; }));
    CHECK(at(a.parameters, ParameterId::per_inhabitant).value == Approx(24.3337).margin(0.00005));
    CHECK(paid_by(a, "Osterøy") == 297'055 * kr);
    CHECK(sum_of_members(a) == 19'470'000 * kr);  // to the øre
}

TEST_CASE("A member leaving that is not one is the what-if's fault, named by its field") {
    Changes c;
    c.leave = {"4602", "9999"};
    try {
        (void)apply(vestland(), c);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.where().field == "leave");
        CHECK(e.message() == "municipality 9999 is not in this scenario");
    }
    c.leave = {"4601"};  // Bergen, self-funded: its 9.1 MNOK goes with it
    const Allocation a = allocate(apply(vestland(), c));
    CHECK(a.members.size() == 42);
    CHECK(sum_of_members(a) == 19'470'000 * kr);
}

// Issue 31: a what-if is checked by the engine with the rules and words of a scenario file,
// whichever shell asks, and a refusal names the field the caller gave.
namespace {
Error refusal(const Changes& c) {
    try {
        (void)allocate(apply(vestland(), c));
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error");
    return Error(Location{}, "");
}
Changes parameter(ParameterId id, std::optional<double> value) {
    Changes c;
    c.parameters = {{id, value}};
    return c;
}
}  // namespace

TEST_CASE("A negative base amount or floor is refused as in a scenario file, in English, bokmål and nynorsk") {
    const Error base = refusal(parameter(ParameterId::base_amount, -100'000));
    CHECK(base.kind() == ErrorKind::input);
    CHECK(base.where().field == "parameters.base_amount");
    CHECK(base.message() == "base_amount must be an amount that is not negative, got -100000");
    CHECK(base.message(Language::nb) == "base_amount må være et beløp som ikke er negativt, fikk -100000");
    CHECK(base.message(Language::nn) == "base_amount må vere eit beløp som ikkje er negativt, fekk -100000");
    CHECK(refusal(parameter(ParameterId::floor, -1)).message() == "floor must be an amount that is not negative, got -1");
    CHECK(refusal(parameter(ParameterId::base_amount, -1e308)).kind() == ErrorKind::input);
}

TEST_CASE("A cap above the largest amount is refused, not overflowed; a fraction of an øre is refused, not rounded") {
    for (const double cap : {1e308, 9.3e16, 9223372036854775808.0, 9e15}) {
        const Error e = refusal(parameter(ParameterId::cap, cap));
        CHECK(e.kind() == ErrorKind::input);
        CHECK_THAT(e.message(), Catch::StartsWith("cap must be at most 1 000 000 000 000 kr, got "));
    }
    Changes c = parameter(ParameterId::cap, 250'000.001);
    c.rounding_unit_ore = 1;
    const Error e = refusal(c);
    CHECK(e.kind() == ErrorKind::input);
    CHECK(e.message() == "cap must be an amount in kroner with at most two decimals (whole øre), got 250000.001");
    CHECK(e.message(Language::nb) == "cap må være et beløp i kroner med høyst to desimaler (hele øre), fikk 250000.001");
    Changes budget;
    budget.budget = 19'470'000.005;
    CHECK(refusal(budget).where().field == "budget");
}

TEST_CASE("Members leave by code or by name, each once; a misspelt name gets the scenario file's did-you-mean") {
    Changes by_name;
    by_name.leave = {"Askvoll"};
    const Allocation a = allocate(apply(vestland(), by_name));
    CHECK(a.members.size() == 42);
    CHECK(sum_of_members(a) == 19'470'000 * kr);
    Changes twice;
    twice.leave = {"4645", "Askvoll"};
    const Error e = refusal(twice);
    CHECK(e.where().field == "leave");
    CHECK(e.message() == "4645 Askvoll is named twice in leave");
    CHECK(e.message(Language::nb) == "4645 Askvoll er nevnt to ganger i leave");
    Changes misspelt;
    misspelt.leave = {"Askvol"};
    CHECK_THAT(refusal(misspelt).message(), Catch::Contains("did you mean 4645 Askvoll"));
}

TEST_CASE("A cap too low for the budget says the lowest cap that meets it, and blames no file for the caller's value") {
    const Error e = refusal(parameter(ParameterId::cap, 200'000));
    CHECK(e.kind() == ErrorKind::infeasible);
    CHECK(e.message() == "the budget cannot be met: all 42 members at the cap of 200 000 kr give 8 400 000 kr, the budget "
                         "needs 10 370 000 kr (the budget of 19 470 000 kr less 9 100 000 kr from other sources); the lowest "
                         "cap that meets the budget is 246 905 kr");
    CHECK(e.message(Language::nb) == "budsjettet kan ikke nås: alle 42 medlemmer på taket på 200 000 kr gir 8 400 000 kr, "
                                     "budsjettet trenger 10 370 000 kr (budsjettet på 19 470 000 kr minus 9 100 000 kr fra "
                                     "andre kilder); det laveste taket som når budsjettet, er 246 905 kr");
    // The lowest cap it names does meet the budget, to the øre.
    const Allocation a = allocate(apply(vestland(), parameter(ParameterId::cap, 246'905)));
    CHECK(sum_of_members(a) == 19'470'000 * kr);
}

TEST_CASE("No cap is null in a request, none in a file: the engine's what-if takes it as nothing") {
    const Allocation a = allocate(apply(vestland(), parameter(ParameterId::cap, std::nullopt)));
    CHECK(std::none_of(a.members.begin(), a.members.end(), [](const MemberShare& m) { return m.limit == Limit::cap; }));
    CHECK(refusal(parameter(ParameterId::base_amount, std::nullopt)).message() == "only cap and floor can be none; base_amount needs a value");
}

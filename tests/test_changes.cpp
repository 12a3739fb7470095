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
    c.self_funded = {{"4601", 8'000'000 * kr}};
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
    c.rounding_unit = 1000 * kr;
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
    } catch (const ChangeError& e) {
        CHECK(e.field() == "option");
        CHECK_THAT(e.message(), Catch::Contains("no option \"Everyone pays nothing\"") && Catch::Contains("Equal split"));
    }
    Changes member;
    member.self_funded = {{"4630", 1}};
    CHECK_THROWS_WITH(apply(vestland(), member), Catch::Contains("member 4630 is not self-funded in this scenario; self-funded are: 4601"));
    Changes both;
    both.parameters = {{ParameterId::cap, 1}};
    both.solve = ParameterId::cap;
    CHECK_THROWS_WITH(apply(vestland(), both), "cap is given a value and solved at once; leave one out");
    Changes unit;
    unit.rounding_unit = 3;
    CHECK_THROWS_AS(apply(vestland(), unit), ChangeError);
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
    } catch (const ChangeError& e) {
        CHECK(e.field() == "leave");
        CHECK(e.message() == "municipality 9999 cannot leave: it is not a member");
    }
    c.leave = {"4601"};  // Bergen, self-funded: its 9.1 MNOK goes with it
    const Allocation a = allocate(apply(vestland(), c));
    CHECK(a.members.size() == 42);
    CHECK(sum_of_members(a) == 19'470'000 * kr);
}

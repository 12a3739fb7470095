// The shipped scenarios against the figures in the council papers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <set>

#include "spleis/load.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {
Allocation run(const std::string& scenario) { return allocate(load_scenario(test::source_path(scenario))); }

const MemberShare& member(const Allocation& a, const std::string& name) {
    const auto it = std::find_if(a.members.begin(), a.members.end(), [&](const MemberShare& m) { return m.municipality.name == name; });
    REQUIRE(it != a.members.end());
    return *it;
}

Ore sum_of_members(const Allocation& a) {
    return std::accumulate(a.members.begin(), a.members.end(), Ore{0}, [](Ore s, const MemberShare& m) { return s + m.amount; });
}

constexpr Ore kr = ore_per_krone;
}  // namespace

TEST_CASE("Digi Vestland 2021: the 43 municipalities of Vestland, population 1.1.2020") {
    const Allocation a = run("scenarios/digi-vestland-2021.yaml");
    CHECK(a.members.size() == 43);
    CHECK(a.population_year == 2020);
    CHECK(std::accumulate(a.members.begin(), a.members.end(), std::int64_t{0},
                          [](auto s, const MemberShare& m) { return s + m.municipality.population; }) == 636'531);
}

TEST_CASE("Digi Vestland 2021: the rate per inhabitant is about 19.99 kr") {
    const Allocation a = run("scenarios/digi-vestland-2021.yaml");
    REQUIRE(a.solved == ParameterId::per_inhabitant);
    const double rate = at(a.parameters, ParameterId::per_inhabitant).value;
    CHECK(rate > 19.99);
    CHECK(rate < 20.00);
}

TEST_CASE("Digi Vestland 2021: Osterøy (8 098 inhabitants) pays about 262 000 kr, which the paper rounds to 260 000 kr") {
    const Allocation a = run("scenarios/digi-vestland-2021.yaml");
    const MemberShare& osteroy = member(a, "Osterøy");
    CHECK(osteroy.municipality.population == 8098);
    CHECK(osteroy.amount >= 261'000 * kr);
    CHECK(osteroy.amount <= 263'000 * kr);
    CHECK((osteroy.amount + 5'000 * kr) / (10'000 * kr) * 10'000 == 260'000);  // the paper's rounding to 10 000 kr
    // The explanation's terms add up to the raw amount the rounding started from.
    REQUIRE(osteroy.raw.term_count == 2);
    CHECK(osteroy.raw.terms[0].amount == 100'000);
    CHECK(osteroy.raw.terms[1].quantity == 8098);
    CHECK(osteroy.raw.terms[0].amount + osteroy.raw.terms[1].amount == Approx(osteroy.raw.total).epsilon(1e-15));
    CHECK(std::llabs(osteroy.amount - std::llround(osteroy.raw.total * 100)) < 100);
}

TEST_CASE("Digi Vestland 2021: Bjørnafjorden, Øygarden, Askøy, Alver and Sunnfjord hit the 500 000 kr cap") {
    const Allocation a = run("scenarios/digi-vestland-2021.yaml");
    std::set<std::string> capped;
    for (const MemberShare& m : a.members) {
        if (m.limit == Limit::cap) capped.insert(m.municipality.name);
        CHECK(m.amount <= (m.limit == Limit::self_funded ? 9'100'000 : 500'000) * kr);
    }
    CHECK(capped == std::set<std::string>{"Bjørnafjorden", "Øygarden", "Askøy", "Alver", "Sunnfjord"});
    for (const std::string& name : capped) CHECK(member(a, name).amount == 500'000 * kr);
}

TEST_CASE("Digi Vestland 2021: Bergen covers 9 100 000 kr and the total is 19 470 000 kr to the øre") {
    const Allocation a = run("scenarios/digi-vestland-2021.yaml");
    CHECK(member(a, "Bergen").amount == 9'100'000 * kr);
    CHECK(member(a, "Bergen").limit == Limit::self_funded);
    CHECK(sum_of_members(a) == 19'470'000 * kr);
    CHECK(a.total == 19'470'000 * kr);
    CHECK(a.budget == 19'470'000 * kr);
    for (const MemberShare& m : a.members) CHECK(m.amount % kr == 0);  // whole kroner
}

TEST_CASE("Digi Vestland 2021: a larger municipality never pays less") {
    const Allocation a = run("scenarios/digi-vestland-2021.yaml");
    for (const MemberShare& x : a.members)
        for (const MemberShare& y : a.members)
            if (x.limit != Limit::self_funded && y.limit != Limit::self_funded &&
                x.municipality.population > y.municipality.population)
                CHECK(x.amount >= y.amount);
}

TEST_CASE("Smartere Salten 2019: after Iris-fondet and the regional fund, each of the 10 pays 110 000 kr") {
    const Allocation a = run("scenarios/salten-2019.yaml");
    REQUIRE(a.members.size() == 10);
    for (const MemberShare& m : a.members) CHECK(m.amount == 110'000 * kr);
    REQUIRE(a.external_funding.size() == 2);
    CHECK(a.external_funding[0].name == "Iris-fondet");
    CHECK(a.external_funding[0].amount == 2'100'000 * kr);
    CHECK(a.external_funding[1].amount == 1'000'000 * kr);
    CHECK(a.total == 4'200'000 * kr);
    CHECK(sum_of_members(a) + 3'100'000 * kr == 4'200'000 * kr);
}

TEST_CASE("KommIT fund: when all 422 municipalities join, a levy of 23.46 kr per inhabitant fills the 250 MNOK fund") {
    const Allocation a = run("scenarios/kommit-fund.yaml");
    CHECK(a.members.size() == 422);
    REQUIRE(a.solved == ParameterId::levy_per_inhabitant);
    const double levy = at(a.parameters, ParameterId::levy_per_inhabitant).value;
    CHECK(levy == Approx(125'000'000.0 / 5'328'212.0).epsilon(1e-12));
    CHECK(sum_of_members(a) == 125'000'000 * kr);
    REQUIRE(a.external_funding.size() == 1);
    CHECK(a.external_funding[0].amount == 125'000'000 * kr);  // the state's maximum
    CHECK(a.total == 250'000'000 * kr);
}

TEST_CASE("KommIT fund: Vestland alone at 23.46 kr per inhabitant, matched krone for krone by the state") {
    const Allocation a = run("scenarios/kommit-fund-vestland.yaml");
    CHECK(a.members.size() == 43);
    CHECK(!a.solved);
    REQUIRE(a.external_funding.size() == 1);
    const Ore members = sum_of_members(a);
    CHECK(members == std::llround(23.46 * 636'531) * kr);
    CHECK(a.external_funding[0].amount == members);
    CHECK(a.total == 2 * members);
    CHECK(a.total <= 250'000'000 * kr);
}

// The shipped population tables of 1 January 2025 and 2026, and what a finance officer runs on
// them before the 2027 budget is known.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

#include "spleis/load.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {
std::int64_t total(const PopulationTable& t) {
    return std::accumulate(t.rows.begin(), t.rows.end(), std::int64_t{0}, [](auto s, const Municipality& m) { return s + m.population; });
}
constexpr Ore kr = ore_per_krone;
}  // namespace

TEST_CASE("Shipped 2025 and 2026 tables: 357 municipalities (2024 structure), SSB's national totals") {
    const PopulationTable t2025 = load_population(test::source_path("scenarios/data/population_norway_2025.csv"));
    const PopulationTable t2026 = load_population(test::source_path("scenarios/data/population_norway_2026.csv"));
    CHECK(t2025.year == 2025);
    CHECK(t2026.year == 2026);
    CHECK(t2025.rows.size() == 357);
    CHECK(t2026.rows.size() == 357);
    CHECK(total(t2025) == 5'594'340);
    CHECK(total(t2026) == 5'627'400);
}

TEST_CASE("Digi Vestland 2027 on 1 January 2026: 19.63 kr per inhabitant, Osterøy 261 598 kr, five capped") {
    const Allocation a = allocate(load_scenario(test::source_path("scenarios/digi-vestland-2027.yaml")));
    CHECK(a.population_year == 2026);
    REQUIRE(a.members.size() == 43);
    REQUIRE(a.solved == ParameterId::per_inhabitant);
    const double rate = at(a.parameters, ParameterId::per_inhabitant).value;
    // More inhabitants outside Bergen than in 2020 (363 482 against 352 602) share the same
    // 10.37 MNOK, so the rate falls from 2021's 19.99 kr.
    CHECK(rate > 19.63);
    CHECK(rate < 19.64);
    Ore sum = 0;
    std::vector<std::string> capped;
    for (const MemberShare& m : a.members) {
        sum += m.amount;
        if (m.limit == Limit::cap) capped.push_back(m.municipality.name);
        if (m.municipality.name == "Osterøy") {
            CHECK(m.municipality.population == 8231);
            CHECK(m.amount == 261'598 * kr);
        }
    }
    CHECK(sum == 19'470'000 * kr);  // Bergen's 9.1 MNOK included: the budget to the øre
    CHECK(capped == std::vector<std::string>{"Bjørnafjorden", "Øygarden", "Askøy", "Alver", "Sunnfjord"});
}

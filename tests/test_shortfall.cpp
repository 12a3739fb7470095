// Shortfall rules: the classic table of Aumann and Maschler (1985), their guarantees on random
// claims, and the rules at work in a budget cut and in a matched fund over its upper frame.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <random>
#include <regex>

#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "spleis/shortfall_division.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {
constexpr Ore kr = ore_per_krone;
const std::vector<double> talmud_claims{100, 200, 300};

void check_awards(ShortfallRule rule, double estate, std::vector<double> expected) {
    const std::vector<double> awards = divide(rule, talmud_claims, estate);
    REQUIRE(awards.size() == expected.size());
    for (std::size_t i = 0; i < awards.size(); ++i) CHECK(awards[i] == Approx(expected[i]).epsilon(1e-12));
}

const MemberShare& member(const Allocation& a, const std::string& code) {
    const auto it = std::find_if(a.members.begin(), a.members.end(), [&](const MemberShare& m) { return m.municipality.code == code; });
    REQUIRE(it != a.members.end());
    return *it;
}

Allocation run_with(const std::string& scenario, ShortfallRule rule) {
    Scenario s = load_scenario(test::source_path(scenario));
    s.model.shortfall = rule;
    return allocate(s);
}

const std::string population_csv =
    "code,name,population,year\n"
    "4630,Osterøy,8098,2020\n"
    "4631,Alver,29224,2020\n";

const std::string model_yaml =
    "name: Test model\n"
    "rule: per_inhabitant\n"
    "parameters:\n"
    "  per_inhabitant:\n    value: 20\n    unit: NOK per inhabitant\n    source: test\n";

std::string error_of(const std::string& scenario_tail) {
    test::ScratchDir dir;
    dir.write("model.yaml", model_yaml);
    dir.write("population.csv", population_csv);
    const std::string path = dir.write("scenario.yaml", "title: T\nyear: 2021\nmodel: model.yaml\npopulation:\n"
                                                        "  file: population.csv\nmembers: all\n" + scenario_tail);
    try {
        allocate(load_scenario(path));
    } catch (const Error& e) {
        return std::regex_replace(std::string(e.what()), std::regex(std::regex_replace(dir.path(), std::regex("[.]"), "[.]")), "DIR/");
    }
    return "no error";
}
}  // namespace

TEST_CASE("Talmud rule, Aumann and Maschler's table: claims 100, 200, 300 on estates of 100, 200 and 300") {
    check_awards(ShortfallRule::talmud, 100, {100.0 / 3, 100.0 / 3, 100.0 / 3});
    check_awards(ShortfallRule::talmud, 200, {50, 75, 75});
    check_awards(ShortfallRule::talmud, 300, {50, 100, 150});
}

TEST_CASE("Proportional: 1/6, 1/3 and 1/2 of any estate") {
    check_awards(ShortfallRule::proportional, 100, {100.0 / 6, 100.0 / 3, 50});
    check_awards(ShortfallRule::proportional, 200, {100.0 / 3, 200.0 / 3, 100});
    check_awards(ShortfallRule::proportional, 300, {50, 100, 150});
}

TEST_CASE("Constrained equal awards: 33⅓ each, then 66⅔ each, then 100 each") {
    check_awards(ShortfallRule::constrained_equal_awards, 100, {100.0 / 3, 100.0 / 3, 100.0 / 3});
    check_awards(ShortfallRule::constrained_equal_awards, 200, {200.0 / 3, 200.0 / 3, 200.0 / 3});
    check_awards(ShortfallRule::constrained_equal_awards, 300, {100, 100, 100});
    check_awards(ShortfallRule::constrained_equal_awards, 500, {100, 200, 200});
}

TEST_CASE("Constrained equal losses: 0/0/100, 0/50/150, 0/100/200") {
    check_awards(ShortfallRule::constrained_equal_losses, 100, {0, 0, 100});
    check_awards(ShortfallRule::constrained_equal_losses, 200, {0, 50, 150});
    check_awards(ShortfallRule::constrained_equal_losses, 300, {0, 100, 200});
    check_awards(ShortfallRule::constrained_equal_losses, 450, {50, 150, 250});
}

TEST_CASE("Shortfall rules in whole øre: the awards add up to the estate exactly, never above a claim") {
    const std::vector<Ore> claims{100 * kr, 200 * kr, 300 * kr};
    CHECK(divide_ore(ShortfallRule::talmud, claims, 100 * kr, 1) == std::vector<Ore>{3334, 3333, 3333});
    CHECK(divide_ore(ShortfallRule::talmud, claims, 200 * kr, 1) == std::vector<Ore>{5000, 7500, 7500});
    CHECK(divide_ore(ShortfallRule::proportional, claims, 100 * kr, 1) == std::vector<Ore>{1667, 3333, 5000});
    CHECK(divide_ore(ShortfallRule::constrained_equal_awards, claims, 200 * kr, kr) == std::vector<Ore>{6700, 6700, 6600});
}

TEST_CASE("Shortfall rules on random claims: 0 <= award <= claim, the sum is the estate, equal claims get equal awards") {
    std::mt19937_64 random(8);
    for (int round = 0; round < 200; ++round) {
        std::vector<double> claims(1 + random() % 12);
        for (double& c : claims) c = static_cast<double>(random() % 1'000'000) / 100;
        claims.push_back(claims.front());  // a pair of equal claims
        const double total = std::accumulate(claims.begin(), claims.end(), 0.0);
        const double estate = total * static_cast<double>(random() % 1001) / 1000;
        for (ShortfallRule rule : {ShortfallRule::proportional, ShortfallRule::constrained_equal_awards,
                                   ShortfallRule::constrained_equal_losses, ShortfallRule::talmud}) {
            const std::vector<double> awards = divide(rule, claims, estate);
            for (std::size_t i = 0; i < claims.size(); ++i) {
                CHECK(awards[i] >= -1e-9);
                CHECK(awards[i] <= claims[i] + 1e-9);
            }
            CHECK(std::accumulate(awards.begin(), awards.end(), 0.0) == Approx(estate).margin(1e-6));
            CHECK(awards.front() == Approx(awards.back()).margin(1e-9));
        }
    }
}

TEST_CASE("Digi Vestland 2021 cut to 17 MNOK: the 42 pay 7 900 000 kr of the 10 371 420 kr they were asked") {
    const Allocation a = run_with("scenarios/digi-vestland-2021-cut.yaml", ShortfallRule::proportional);
    REQUIRE(a.shortfall == ShortfallRule::proportional);
    CHECK(a.asked_total == 10'371'420 * kr);
    CHECK(a.total == 17'000'000 * kr);
    CHECK(member(a, "4601").amount == 9'100'000 * kr);
    CHECK(member(a, "4630").asked == 261'960 * kr);  // 100 000 + 20 × 8 098
    CHECK(member(a, "4630").amount == 199'537 * kr);  // × 7 900 000 / 10 371 420
    for (const MemberShare& m : a.members) CHECK(m.amount <= m.asked);
}

TEST_CASE("Digi Vestland 2021 cut to 17 MNOK under each rule: Osterøy and Modalen") {
    // Equal awards: everyone pays the same 236 500 kr unless asked for less (Modalen, 107 760 kr).
    const Allocation awards = run_with("scenarios/digi-vestland-2021-cut.yaml", ShortfallRule::constrained_equal_awards);
    CHECK(member(awards, "4630").amount == 236'500 * kr);
    CHECK(member(awards, "4629").amount == 107'760 * kr);
    // Equal losses: everyone is let off the same 58 843 kr.
    const Allocation losses = run_with("scenarios/digi-vestland-2021-cut.yaml", ShortfallRule::constrained_equal_losses);
    CHECK(member(losses, "4630").asked - member(losses, "4630").amount ==
          member(losses, "4629").asked - member(losses, "4629").amount);
    CHECK(member(losses, "4630").amount == 203'117 * kr);
    // Talmud: more than half is paid, so everyone pays at least half what it was asked.
    const Allocation talmud = run_with("scenarios/digi-vestland-2021-cut.yaml", ShortfallRule::talmud);
    CHECK(member(talmud, "4630").amount == 202'882 * kr);
    CHECK(member(talmud, "4629").amount == 53'880 * kr);  // half of 107 760 kr
    for (const Allocation* a : {&awards, &losses, &talmud}) CHECK(a->total == 17'000'000 * kr);
}

TEST_CASE("KommIT fund asked 30 kr per inhabitant: reduced to 125 MNOK, the state adds 125 MNOK, 250 MNOK in all") {
    const Allocation a = allocate(load_scenario(test::source_path("scenarios/kommit-fund-overfull.yaml")));
    REQUIRE(a.shortfall == ShortfallRule::talmud);
    CHECK(a.asked_total == 159'846'360 * kr);  // 30 kr × 5 328 212
    CHECK(a.members_total == 125'000'000 * kr);
    REQUIRE(a.external_funding.size() == 1);
    CHECK(a.external_funding[0].amount == 125'000'000 * kr);
    CHECK(a.total == 250'000'000 * kr);
    CHECK(a.budget == 250'000'000 * kr);
    CHECK(member(a, "1151").amount == 2'940 * kr);  // Utsira, 196 inhabitants: half of 5 880 kr
}

TEST_CASE("KommIT fund over its frame, proportional: the same as the levy that fills the fund") {
    const Allocation a = run_with("scenarios/kommit-fund-overfull.yaml", ShortfallRule::proportional);
    const double levy = 125'000'000.0 / 5'328'212.0;
    for (const MemberShare& m : a.members)
        CHECK(std::abs(to_kroner(m.amount) - levy * static_cast<double>(m.municipality.population)) <= 1.0);
}

TEST_CASE("A matched fund under its frame is not reduced") {
    Scenario s = load_scenario(test::source_path("scenarios/kommit-fund-vestland.yaml"));
    s.model.shortfall = ShortfallRule::talmud;
    const Allocation a = allocate(s);
    CHECK_FALSE(a.shortfall);
    CHECK(a.external_funding[0].amount == a.members_total);
}

TEST_CASE("Shortfall rules: errors") {
    CHECK(error_of("budget: 500 000\nshortfall: talmud\n") == "no error");
    CHECK(error_of("budget: 800 000\nshortfall: talmud\n") ==
          "DIR/scenario.yaml:7:9: the budget cannot be met: the members are asked for 746 440 kr in all, less than the "
          "800 000 kr they must pay; a shortfall rule only reduces (mark a parameter `solve` to raise the amounts)");
    CHECK(error_of("shortfall: talmud\n") ==
          "DIR/scenario.yaml: the shortfall rule talmud reduces the amounts to a budget; add `budget:`");
    CHECK(error_of("budget: 500 000\nshortfall: talmud\nparameters:\n  per_inhabitant: solve\n") ==
          "DIR/scenario.yaml:10:19: per_inhabitant is `solve`, so the budget is met exactly and the shortfall rule "
          "talmud has nothing to reduce; give per_inhabitant a value (what the members are asked) or leave out "
          "`shortfall:`");
    CHECK(error_of("budget: 500 000\nshortfall: talmud\nparameters:\n  floor: 100 000\n") ==
          "DIR/scenario.yaml:10:10: a floor cannot be combined with the shortfall rule talmud: the rule decides how far "
          "each amount falls");
    CHECK(error_of("budget: 500 000\nshortfall: talmudic\n") ==
          "DIR/scenario.yaml:8:12: unknown shortfall rule \"talmudic\" (known: proportional, constrained_equal_awards, "
          "constrained_equal_losses, talmud)");
}

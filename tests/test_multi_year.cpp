// Multi-year plans: each budget year its own population, dated parameters and indexed amounts,
// each year balanced to the øre, the period added up; and the errors of mergers, missing
// population tables and impossible indexes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <regex>

#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "spleis/plan.hpp"
#include "spleis/plan_report.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {
constexpr Ore kr = ore_per_krone;

const MemberShare& member(const Allocation& a, const std::string& code) {
    const auto it = std::find_if(a.members.begin(), a.members.end(), [&](const MemberShare& m) { return m.municipality.code == code; });
    REQUIRE(it != a.members.end());
    return *it;
}

Plan shipped() { return load_plan(test::source_path("scenarios/digi-vestland-2022-2025.yaml")); }

const std::string model_yaml =
    "name: Test model\n"
    "rule: base_plus_per_inhabitant\n"
    "parameters:\n"
    "  base_amount:\n    value: 100000\n    unit: NOK\n    source: test\n"
    "  per_inhabitant:\n    value: solve\n    unit: NOK per inhabitant\n    source: test\n";

// A plan over the real Norwegian tables, written in a scratch folder; `body` follows `title:`.
std::string error_of(const std::string& body, Plan* out = nullptr) {
    test::ScratchDir dir;
    dir.write("model.yaml", model_yaml);
    const std::string path = dir.write("scenario.yaml", "title: T\n" + body);
    try {
        Plan plan = load_plan(path);
        for (const Scenario& year : plan.years) allocate(year);
        if (out) *out = std::move(plan);
    } catch (const Error& e) {
        std::string text = std::regex_replace(std::string(e.what()), std::regex(std::regex_replace(dir.path(), std::regex("[.]"), "[.]")), "DIR/");
        return std::regex_replace(text, std::regex(std::regex_replace(test::source_path(""), std::regex("[.]"), "[.]")), "SRC/");
    }
    return "no error";
}

std::string norway() { return "  file: " + test::source_path("scenarios/data/population_norway_{year}.csv") + "\n"; }
}  // namespace

TEST_CASE("Digi Vestland 2022–2025: four budget years, each with the population of 1 January the year before") {
    const Plan plan = shipped();
    REQUIRE(plan.several_years);
    REQUIRE(plan.years.size() == 4);
    for (std::size_t k = 0; k < 4; ++k) {
        CHECK(plan.years[k].year == 2022 + static_cast<int>(k));
        CHECK(plan.years[k].population_year == 2021 + static_cast<int>(k));
        CHECK(plan.years[k].members.size() == 43);
    }
    CHECK(member(allocate(plan.years[0]), "4630").municipality.population == 8'080);  // 1 January 2021
    CHECK(member(allocate(plan.years[3]), "4630").municipality.population == 8'200);  // 1 January 2024
}

TEST_CASE("Digi Vestland 2022–2025: the 3 % index carries budget, Bergen's part and the cap; the dated base amount changes in 2024") {
    const PlanAllocation a = allocate(shipped());
    const std::vector<Ore> budgets{19'470'000 * kr, 20'054'100 * kr, 20'655'723 * kr, 21'275'395 * kr};
    const std::vector<Ore> bergen{9'100'000 * kr, 9'373'000 * kr, 9'654'190 * kr, 9'943'816 * kr};
    const std::vector<double> base{100'000, 103'000, 120'000, 123'600};
    const std::vector<double> cap{500'000, 515'000, 530'450, 546'364};
    for (std::size_t k = 0; k < 4; ++k) {
        const Allocation& y = a.years[k];
        CHECK(y.budget == budgets[k]);
        CHECK(y.total == budgets[k]);  // every year balanced to the øre
        CHECK(member(y, "4601").amount == bergen[k]);
        CHECK(at(y.parameters, ParameterId::base_amount).value == Approx(base[k]).epsilon(1e-12));
        CHECK(at(y.parameters, ParameterId::cap).value == cap[k]);
        CHECK(member(y, "4624").amount == std::llround(cap[k]) * kr);  // Bjørnafjorden at the cap every year
    }
}

TEST_CASE("Digi Vestland 2022–2025: the period is the years added up, member by member") {
    const PlanAllocation a = allocate(shipped());
    CHECK(a.period.budget == 81'455'218 * kr);
    CHECK(a.period.total == 81'455'218 * kr);
    for (std::size_t i = 0; i < a.period.members.size(); ++i) {
        Ore sum = 0;
        for (const Allocation& y : a.years) sum += y.members[i].amount;
        CHECK(a.period.members[i].amount == sum);
    }
    CHECK(member(a.period, "4630").amount == 1'084'025 * kr);  // 261 557 + 270 425 + 271 909 + 280 134
    CHECK(member(a.period, "4630").municipality.population == 8'141);  // the average of the four years
}

TEST_CASE("Multi-year reports: CSV rows per year and for the period, JSON with every year") {
    const Plan plan = shipped();
    const PlanAllocation a = allocate(plan);
    const std::string csv = render_plan_csv(a);
    CHECK(csv.rfind("year,code,name,population,amount,amount_per_inhabitant,limit\n", 0) == 0);
    CHECK(csv.find("\n2022,4630,Osterøy,8080,261557.00,32.370916,none\n") != std::string::npos);
    CHECK(csv.find("\ntotal,4630,Osterøy,8141,1084025.00,133.156246,none\n") != std::string::npos);
    const std::string json = render_plan_json(plan, a);
    CHECK(json.find("\"years\": [2022, 2023, 2024, 2025]") != std::string::npos);
    CHECK(json.find("\"total_ore\": 8145521800") != std::string::npos);
    const std::string table = render_plan_table(plan, a);
    CHECK(table.find("Total 2022–2025") != std::string::npos);
    CHECK(table.find("2024  population 1 January 2023;  base_amount 120 000 kr") != std::string::npos);
}

TEST_CASE("A single-year scenario read as a plan is the same scenario") {
    const Plan plan = load_plan(test::source_path("scenarios/digi-vestland-2021.yaml"));
    CHECK_FALSE(plan.several_years);
    REQUIRE(plan.years.size() == 1);
    const Allocation a = allocate(plan.years.front());
    const Allocation b = allocate(load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml")));
    REQUIRE(a.members.size() == b.members.size());
    for (std::size_t i = 0; i < a.members.size(); ++i) CHECK(a.members[i].amount == b.members[i].amount);
}

TEST_CASE("Plans: years_before 0, a list of years, an index by year") {
    Plan plan;
    CHECK(error_of("years: [2022, 2024]\nmodel: model.yaml\npopulation:\n" + norway() + "  years_before: 0\n"
                   "members: [4630, 4631]\nbudget: 1 000 000\nindex:\n  2023: 10 %\n  2024: -50 %\nrounding: krone\n",
                   &plan) == "no error");
    REQUIRE(plan.years.size() == 2);
    CHECK(plan.years[0].population_year == 2022);
    CHECK(plan.years[1].population_year == 2024);
    CHECK(plan.years[0].budget == 1'000'000 * kr);
    CHECK(plan.years[1].budget == 550'000 * kr);  // × 1.10 × 0.50
    CHECK(at(plan.years[1].model.parameters, ParameterId::base_amount).value == Approx(55'000));
}

TEST_CASE("Plans: a member missing from a later year's table names the code and the year") {
    // Hamarøy (1849) merged with most of Tysfjord into Hamarøy (1875) on 1 January 2020.
    CHECK(error_of("years: 2020..2021\nmodel: model.yaml\npopulation:\n" + norway() + "members: [1804, 1849]\n"
                   "budget: 1 000 000\n") ==
          "DIR/scenario.yaml:6:10: 1849 Hamarøy - Hábmer is 1875 Hamarøy from 1 January 2020 (merged with part of 1850 "
          "Divtasvuodna - Tysfjord) (the table for budget year 2021); write 1875, or set `reform: follow`");
}

TEST_CASE("Plans: a budget year without population data") {
    CHECK(error_of("years: 2027..2028\nmodel: model.yaml\npopulation:\n" + norway() + "members: [4630, 4631]\n"
                   "budget: 1 000 000\n") ==
          "DIR/scenario.yaml:5:9: no population data for budget year 2028: SRC/scenarios/data/population_norway_2027.csv "
          "(1 January 2027) does not exist");
    CHECK(error_of("years: 2025..2026\nmodel: model.yaml\npopulation:\n  file: population.csv\nmembers: [4630]\n") ==
          "DIR/scenario.yaml:5:9: with several budget years, the population file names its year as {year}, like "
          "data/population_vestland_{year}.csv; got \"population.csv\"");
}

TEST_CASE("Plans: an index below -100 %, or without the percent sign") {
    const std::string head = "years: 2022..2023\nmodel: model.yaml\npopulation:\n" + norway() + "members: [4630, 4631]\n"
                             "budget: 1 000 000\n";
    CHECK(error_of(head + "index: -120 %\n") ==
          "DIR/scenario.yaml:8:8: index must not be below -100 % (nothing can fall by more than all of it), got -120 %");
    CHECK(error_of(head + "index: 0.03\n") == "DIR/scenario.yaml:8:8: index must be a percentage a year like 2.7 %, got \"0.03\"");
    CHECK(error_of(head + "index:\n  2024: 3 %\n") ==
          "DIR/scenario.yaml:9:3: index has no percentage for 2023, which an amount stated in 2022 needs to reach 2023");
}

TEST_CASE("Plans: year and years together, a dated value with nothing for the first year, years backwards") {
    const std::string rest = "model: model.yaml\npopulation:\n" + norway() + "members: [4630, 4631]\n";
    CHECK(error_of("year: 2022\nyears: 2022..2023\n" + rest) ==
          "DIR/scenario.yaml:2:7: give either `year:` (one budget year) or `years:` (several), not both");
    CHECK(error_of("years: 2022..2023\n" + rest + "budget:\n  2023: 1 000 000\n") ==
          "DIR/scenario.yaml:8:3: budget has no value for 2022: its first value is for 2023");
    CHECK(error_of("years: 2023..2022\n" + rest) == "DIR/scenario.yaml:2:8: years 2023..2022 runs backwards; write the first year first");
}

TEST_CASE("A single-year command on a plan says what reads it") {
    try {
        load_scenario(test::source_path("scenarios/digi-vestland-2022-2025.yaml"));
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.message() == "this scenario covers several budget years; here one budget year is needed: give the scenario "
                             "one `year:`");
    }
}

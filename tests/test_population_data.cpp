// The shipped population tables of 1 January 2025 and 2026, and what a finance officer runs on
// them before the 2027 budget is known.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <numeric>

#include <fmt/format.h>

#include "spleis/county.hpp"
#include "spleis/error.hpp"
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

TEST_CASE("Counties: the table of county codes and years is scenarios/data/counties.csv") {
    std::ifstream in(test::source_path("scenarios/data/counties.csv"));
    std::string line;
    std::getline(in, line);
    CHECK(line == "code,name,from_year,to_year");
    std::size_t i = 0;
    const auto all = counties();
    while (std::getline(in, line)) {
        REQUIRE(i < all.size());
        const County& c = all[i++];
        CHECK(line == fmt::format("{},{},{},{}", c.code, c.name, c.from_year, c.to_year ? std::to_string(c.to_year) : ""));
    }
    CHECK(i == all.size());
    CHECK(i == 31);
    int in_2019 = 0, in_2023 = 0, in_2024 = 0;
    for (const County& c : all) {
        in_2019 += county_in(c.code, 2019) == &c;
        in_2023 += county_in(c.code, 2023) == &c;
        in_2024 += county_in(c.code, 2024) == &c;
    }
    CHECK(in_2019 == 18);
    CHECK(in_2023 == 11);
    CHECK(in_2024 == 15);
}

TEST_CASE("A county as a member: the sum of its municipalities in that year's structure, named as a county") {
    const PopulationTable t2024 = load_population(test::source_path("scenarios/data/population_norway_2024.csv"));
    const std::optional<Municipality> vestland = county_member("46", t2024);
    REQUIRE(vestland);
    CHECK(vestland->code == "F-46");
    CHECK(vestland->name == "Vestland fylkeskommune");
    CHECK(vestland->population == 651'299);
    CHECK(!county_member("12", t2024));  // Hordaland ended with 2019
    const PopulationTable t2019 = load_population(test::source_path("scenarios/data/population_norway_2019.csv"));
    REQUIRE(county_member("12", t2019));
    CHECK(county_member("12", t2019)->name == "Hordaland fylkeskommune");
    CHECK(county_history("12") == "12 Hordaland (2018–2019)");
}

TEST_CASE("KommIT with Vestland's municipalities and its county: 44 members, the county pays for all its inhabitants") {
    const Allocation a = allocate(load_scenario(test::source_path("scenarios/kommit-fund-counties.yaml")));
    REQUIRE(a.members.size() == 44);
    const MemberShare& county = a.members.back();
    CHECK(county.municipality.code == "F-46");
    CHECK(county.municipality.population == 651'299);
    CHECK(county.amount == 15'279'474 * kr);  // 651 299 × 23.46 kr, rounded to the krone
    std::int64_t municipal = 0;
    for (const MemberShare& m : a.members)
        if (m.municipality.code != "F-46") municipal += m.municipality.population;
    CHECK(municipal == 651'299);
}

namespace {
// A scenario of the Salten kind on a shipped table, written in `codes`.
std::string salten_on(const test::ScratchDir& dir, int population_year, const std::string& members, const std::string& extra = "") {
    return dir.write("scenario.yaml",
                     fmt::format("title: Salten\nyear: {}\nmodel: {}\npopulation:\n  file: {}\nmembers: {}\nbudget: 3 200 000\n{}",
                                 population_year + 1, test::source_path("models/smartere-salten.yaml"),
                                 test::source_path(fmt::format("scenarios/data/population_norway_{}.csv", population_year)),
                                 members, extra));
}
std::string error_loading(const std::string& path) {
    try {
        load_plan(path);
    } catch (const Error& e) {
        return e.message();
    }
    return "no error";
}
}  // namespace

TEST_CASE("Reform: a member whose code ended says what it became") {
    const test::ScratchDir dir;
    CHECK(error_loading(salten_on(dir, 2020, "[1804, 1849]")) ==
          "1849 Hamarøy - Hábmer is 1875 Hamarøy from 1 January 2020 (merged with part of 1850 Divtasvuodna - Tysfjord); "
          "write 1875, or set `reform: follow`");
    CHECK(error_loading(salten_on(dir, 2020, "[1804, 1850]", "reform: follow\n")) ==
          "1850 Divtasvuodna - Tysfjord was split on 1 January 2020 between 1806 Narvik and 1875 Hamarøy; write the part "
          "that is a member (1806 or 1875), or both");
    CHECK(error_loading(salten_on(dir, 2024, "[1507]", "reform: follow\n")) ==
          "1507 Ålesund was split on 1 January 2024 between 1508 Ålesund and 1580 Haram; write the part that is a member "
          "(1508 or 1580), or both");
    CHECK(error_loading(salten_on(dir, 2020, "[1804]", "reform: yes\n")).starts_with("reform must be `follow`"));
}

TEST_CASE("Reform: follow takes the successor, says so, and pays as if it were written") {
    const test::ScratchDir dir;
    const Scenario followed = load_scenario(salten_on(dir, 2020, "[1804, 1849]", "reform: follow\n"));
    REQUIRE(followed.members.size() == 2);
    CHECK(followed.members[1].code == "1875");
    REQUIRE(followed.reforms_followed.size() == 1);
    CHECK(followed.reforms_followed[0] ==
          "member 1849 Hamarøy - Hábmer is 1875 Hamarøy from 1 January 2020 (merged with part of 1850 Divtasvuodna - "
          "Tysfjord): followed (reform: follow)");
    const Allocation a = allocate(followed);
    const Allocation b = allocate(load_scenario(salten_on(dir, 2020, "[1804, 1875]")));
    CHECK(a.members[1].amount == b.members[1].amount);
    CHECK(a.reforms_followed == followed.reforms_followed);
    // Two members that merged are one member after the reform: Moss and Rygge became 3002 Moss.
    const Scenario merged = load_scenario(salten_on(dir, 2020, "[0104, 0136]", "reform: follow\n"));
    REQUIRE(merged.members.size() == 1);
    CHECK(merged.members[0].code == "3002");
    // Two reforms in a row: 0615 Flå (2019) is 3039 from 2020 and 3320 from 2024.
    const Scenario twice = load_scenario(salten_on(dir, 2024, "[0615, 3301]", "reform: follow\n"));
    CHECK(twice.members[1].code == "3320");
}

TEST_CASE("Reform: a plan across 1 January 2024 follows its members without editing the list") {
    const test::ScratchDir dir;
    const std::string text = fmt::format(
        "title: Østfold plan\nyears: 2023..2025\nmodel: {}\npopulation:\n  file: {}\nmembers: [3001, 3002, 3003]\n"
        "budget: 3 000 000\n",
        test::source_path("models/smartere-salten.yaml"), test::source_path("scenarios/data/population_norway_{year}.csv"));
    CHECK(error_loading(dir.write("plan.yaml", text)) ==
          "3001 Halden is 3101 Halden from 1 January 2024 (renumbered) (the table for budget year 2025); write 3101, or set "
          "`reform: follow`");
    const Plan plan = load_plan(dir.write("plan.yaml", text + "reform: follow\n"));
    REQUIRE(plan.years.size() == 3);
    CHECK(plan.years[0].members[0].code == "3001");
    CHECK(plan.years[2].members[0].code == "3101");
    CHECK(plan.years[2].members.size() == 3);
    CHECK(plan.years[2].reforms_followed.size() == 3);
}

TEST_CASE("Reform: a county that is gone says what it became; a merge is followed, a split names its parts") {
    const test::ScratchDir dir;
    CHECK(error_loading(salten_on(dir, 2024, "[F-30, F-46]")) ==
          "there is no county 30 on 1 January 2024: 30 Viken (2020–2023) was split on 1 January 2024 into 31 Østfold, "
          "32 Akershus and 33 Buskerud; write the counties that are members (F-31, F-32, F-33)");
    CHECK(error_loading(salten_on(dir, 2024, "[F-38]", "reform: follow\n")) ==
          "there is no county 38 on 1 January 2024: 38 Vestfold og Telemark (2020–2023) was split on 1 January 2024 into "
          "39 Vestfold and 40 Telemark; write the counties that are members (F-39, F-40)");
    CHECK(error_loading(salten_on(dir, 2024, "{counties: [12, 11]}")) ==
          "there is no county 12 on 1 January 2024: 12 Hordaland (2018–2019) is part of 46 Vestland from 1 January 2020; "
          "write F-46, or set `reform: follow`");
    // A county later than the table has no successor there: what the code was is all there is to say.
    CHECK(error_loading(salten_on(dir, 2019, "[F-46]")) == "there is no county 46 on 1 January 2019 (it was 46 Vestland (2020–))");

    const Scenario followed = load_scenario(salten_on(dir, 2024, "[F-12, F-11]", "reform: follow\n"));
    REQUIRE(followed.members.size() == 2);
    CHECK(followed.members[1].code == "F-46");
    CHECK(followed.members[1].population == 651'299);  // Vestland's municipalities on 1 January 2024
    REQUIRE(followed.reforms_followed.size() == 1);
    CHECK(followed.reforms_followed[0] ==
          "member county 12 Hordaland (2018–2019) is part of 46 Vestland from 1 January 2020: followed (reform: follow)");
}

// How a matched fund grows as members join: the KommIT fund over all municipalities of 2019.
#include <catch2/catch.hpp>

#include "spleis/error.hpp"
#include "spleis/growth.hpp"
#include "spleis/growth_report.hpp"
#include "spleis/load.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {
Scenario kommit() { return load_scenario(test::source_path("scenarios/kommit-fund.yaml")); }

Growth largest_first(std::vector<double> levies) {
    GrowthPlan plan;
    plan.levies = std::move(levies);
    return grow(kommit(), plan);
}
}  // namespace

TEST_CASE("Fund growth: the last step, everyone in, is what spleis run gives for the KommIT fund") {
    const Growth g = largest_first({20, 23.46});
    const Allocation run = allocate(kommit());
    REQUIRE(g.steps.size() == 422);
    const GrowthStep& last = g.steps.back();
    CHECK(last.members == 422);
    std::int64_t population = 0;
    for (const MemberShare& m : run.members) population += m.municipality.population;
    CHECK(last.population == population);
    CHECK(last.population == 5'328'212);
    CHECK(last.filling_levy == at(run.parameters, ParameterId::levy_per_inhabitant).value);  // the same double
    CHECK(g.frame == *run.budget);
    CHECK(g.frame == 250'000'000 * ore_per_krone);
    // At DigiFin's 20 kr: 106.6 MNOK from the members and as much from the state, 213 MNOK.
    CHECK(last.at[0].members_pay == 106'564'240 * ore_per_krone);
    CHECK(last.at[0].match == 106'564'240 * ore_per_krone);
    CHECK(last.at[0].fund == 213'128'480 * ore_per_krone);
    // At 23.46 kr: 23.46 × 5 328 212 = 124 999 853.52 kr, rounded to the krone; 292 kr short of the frame.
    CHECK(last.at[1].members_pay == 124'999'854 * ore_per_krone);
    CHECK(last.at[1].fund == 249'999'708 * ore_per_krone);
}

TEST_CASE("Fund growth: Oslo first, each step adds the next largest, the levy to fill the frame falls") {
    const Growth g = largest_first({20});
    CHECK(g.steps[0].joining.front().code == "0301");
    CHECK(g.steps[0].at[0].members_pay == 681'071 * 20 * ore_per_krone);
    CHECK(g.steps[1].joining.front().code == "1201");  // Bergen (Hordaland's code until 2020)
    for (std::size_t i = 1; i < g.steps.size(); ++i) {
        CHECK(g.steps[i].joining.front().population <= g.steps[i - 1].joining.front().population);
        CHECK(g.steps[i].filling_levy < g.steps[i - 1].filling_levy);
        CHECK(g.steps[i].at[0].fund >= g.steps[i - 1].at[0].fund);
        CHECK(g.steps[i].at[0].fund == g.steps[i].at[0].members_pay + g.steps[i].at[0].match);
    }
    // Oslo alone fills the 250 MNOK frame at 125 MNOK / 681 071 inhabitants.
    CHECK(g.steps[0].filling_levy == Approx(125'000'000.0 / 681'071).epsilon(1e-9));
}

TEST_CASE("Fund growth: the sponsor's match stops at its maximum and a levy too high passes the frame") {
    const Growth g = largest_first({30});
    const GrowthStep& last = g.steps.back();
    CHECK(last.at[0].members_pay == 159'846'360 * ore_per_krone);
    CHECK(last.at[0].match == 125'000'000 * ore_per_krone);
    CHECK(last.at[0].fund - g.frame == 34'846'360 * ore_per_krone);
    const std::string table = render_growth_table(g);
    CHECK(table.find("+34 846 360 kr") != std::string::npos);
}

TEST_CASE("Fund growth: smallest first, a county at a time, a listed order") {
    GrowthPlan plan;
    plan.order = JoinOrder::smallest_first;
    Growth g = grow(kommit(), plan);
    CHECK(g.steps.front().joining.front().name == "Utsira");
    CHECK(g.steps.back().joining.front().code == "0301");
    CHECK(g.steps.back().filling_levy == largest_first({}).steps.back().filling_levy);

    plan.order = JoinOrder::by_county;
    g = grow(kommit(), plan);
    CHECK(g.steps.size() == 18);  // the counties of 2019 (Trøndelag already one)
    CHECK(g.steps.back().members == 422);
    CHECK(g.steps.front().county == "03");  // Oslo, the largest county of 2019 (Akershus has 556 254)
    CHECK(render_growth_table(g, Language::nn).find("fylke 03: Oslo municipality") != std::string::npos);

    plan.order = JoinOrder::listed;
    plan.listed = {"1201", "0301"};
    g = grow(kommit(), plan);
    REQUIRE(g.steps.size() == 2);
    CHECK(g.steps[0].joining.front().name == "Bergen");
    CHECK(g.steps[1].members == 2);
    CHECK(g.steps[1].population == g.steps[0].population + 681'071);
    plan.listed = {"1201", "1201"};
    CHECK_THROWS_WITH(grow(kommit(), plan), Catch::Contains("municipality 1201 is in the joining order twice"));
    plan.listed = {"4601"};
    CHECK_THROWS_WITH(grow(kommit(), plan), Catch::Contains("municipality 4601 is in the joining order but not a member"));
}

TEST_CASE("Fund growth needs a matched fund") {
    const Scenario vestland = load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml"));
    CHECK_THROWS_WITH(grow(vestland, GrowthPlan{}),
                      Catch::Contains("a fund's growth needs the matched_fund rule; Digi Vestland uses base_plus_per_inhabitant"));
}

TEST_CASE("Fund growth reports: CSV and JSON carry every step") {
    const Growth g = largest_first({20, 23.46});
    const std::string csv = render_growth_csv(g);
    CHECK(csv.rfind("step,joins,members,population,filling_levy,levy,members_pay,match,fund,frame,fund_of_frame\n", 0) == 0);
    CHECK(csv.find("\n1,0301,1,681071,") != std::string::npos);
    CHECK(csv.find(",20,106564240.00,106564240.00,213128480.00,250000000.00,0.852514\n") != std::string::npos);
    const std::string json = render_growth_json(g);
    CHECK(json.find("\"order\": \"largest first\"") != std::string::npos);
    CHECK(json.find("\"members\": 422, \"population\": 5328212") != std::string::npos);
}

// Comparing options on the same members (tests/test_who_joins.cpp: members that differ): totals, differences, fairness, and the mistakes
// a committee secretary can make when writing options.
#include <catch2/catch.hpp>

#include <regex>

#include "spleis/comparison.hpp"
#include "spleis/comparison_report.hpp"
#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {
Comparison digi_vestland_options() {
    const Scenario s = load_scenario(test::source_path("scenarios/digi-vestland-2021-options.yaml"));
    std::vector<NamedAllocation> all{{s.baseline_name, allocate(s)}};
    for (const ScenarioOption& o : s.options) all.push_back({o.name, allocate(with_option(s, o))});
    return compare(std::move(all));
}

std::string error_loading(const std::string& scenario_text) {
    test::ScratchDir dir;
    const std::string path = dir.write("s.yaml", scenario_text);
    try {
        const Scenario s = load_scenario(path);
        std::vector<NamedAllocation> all{{s.baseline_name, allocate(s)}};
        for (const ScenarioOption& o : s.options) all.push_back({o.name, allocate(with_option(s, o))});
        compare(std::move(all));
    } catch (const Error& e) {
        return std::regex_replace(e.what(), std::regex(".*/s[.]yaml"), "s.yaml");
    }
    return "no error";
}

std::string options_scenario(const std::string& options) {
    return "title: T\nyear: 2021\nmodel: " + test::source_path("models/digi-vestland.yaml") +
           "\npopulation:\n  file: " + test::source_path("scenarios/data/population_vestland_2020.csv") +
           "\nmembers:\n  county: 46\nbudget: 19 470 000\noptions:\n" + options;
}
}  // namespace

TEST_CASE("Gini coefficient: 0 when all equal, 2/3 when one of three carries everything") {
    CHECK(gini(std::vector<double>{5, 5, 5}) == 0);
    CHECK(gini(std::vector<double>{0, 0, 1}) == Approx(2.0 / 3));
    CHECK(gini(std::vector<double>{1, 2, 3, 4}) == Approx(0.25));
}

TEST_CASE("The spread names who pays most and least per inhabitant, the first of equals, and leaves out the self-funded") {
    // Members 0 and 3 pay 2 kr per inhabitant, member 1 pays 1 kr, member 2 pays for itself
    // (10 kr), member 4 has no inhabitants.
    const std::vector<std::int64_t> populations{100, 300, 10, 50, 0};
    const std::vector<bool> in_split{true, true, false, true, true};
    const Spread s = SpreadMeasure(populations, in_split).of(std::vector<Ore>{20000, 30000, 10000, 10000, 5000});
    REQUIRE(s.highest == 0u);
    CHECK(s.highest_per_inhabitant == 2.0);
    REQUIRE(s.lowest == 1u);
    CHECK(s.lowest_per_inhabitant == 1.0);
    CHECK(s.highest_to_lowest == 2.0);

    const Spread none = SpreadMeasure(std::vector<std::int64_t>{0}, {true}).of(std::vector<Ore>{100});
    CHECK_FALSE(none.highest);
    CHECK_FALSE(none.lowest);
}

TEST_CASE("Digi Vestland 2021 options: every option raises the same 19 470 000 kr to the øre") {
    const Comparison c = digi_vestland_options();
    REQUIRE(c.options.size() == 5);
    CHECK(c.options[0].name == "Decided rule (base 100 000 kr + per inhabitant, cap 500 000 kr)");
    for (const NamedAllocation& o : c.options) {
        CHECK(o.allocation.total == 19'470'000 * ore_per_krone);
        CHECK(o.allocation.members.size() == 43);
    }
}

TEST_CASE("Digi Vestland 2021 options: the baseline is exactly what spleis run gives") {
    const Comparison c = digi_vestland_options();
    const Allocation run = allocate(load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml")));
    for (std::size_t i = 0; i < run.members.size(); ++i) CHECK(c.options[0].allocation.members[i].amount == run.members[i].amount);
    CHECK(c.summaries[0].capped == 5);
    CHECK(c.summaries[0].largest == 500'000 * ore_per_krone);
}

TEST_CASE("Digi Vestland 2021 options: pure per inhabitant is fair per inhabitant, equal split is not") {
    const Comparison c = digi_vestland_options();
    CHECK(c.options[1].name == "Per inhabitant only");
    CHECK(c.summaries[1].gini < 0.001);
    CHECK(c.summaries[1].highest_to_lowest < 1.001);
    CHECK(c.summaries[1].capped == 0);  // the option removed the cap
    CHECK(c.options[2].name == "Equal split");
    CHECK(c.summaries[2].largest - c.summaries[2].smallest <= ore_per_krone);  // equal, to the krone
    CHECK(c.summaries[2].gini > c.summaries[0].gini);
    CHECK(c.options[3].allocation.rule == RuleKind::mixed_key);
    CHECK(at(c.options[3].allocation.parameters, ParameterId::equal_fraction).value == Approx(1.0 / 3));
}

TEST_CASE("A lower base amount shifts cost to the larger members") {
    const Comparison c = digi_vestland_options();
    REQUIRE(c.options[4].name == "Base 50 000 kr");
    CHECK(c.summaries[4].solved_value > c.summaries[0].solved_value);  // a higher rate
    CHECK(c.summaries[4].capped > c.summaries[0].capped);
}

TEST_CASE("An option that changes nothing it names is an error") {
    CHECK(error_loading(options_scenario("  - name: Same base\n    parameters:\n      base_amount: 100000\n")) ==
          "s.yaml:12:7: option \"Same base\" changes nothing in base_amount: it is already 100 000 kr");
    CHECK(error_loading(options_scenario("  - name: Same rule\n    rule: base_plus_per_inhabitant\n")) ==
          "s.yaml:11:11: option \"Same rule\" changes nothing: the baseline already uses the rule base_plus_per_inhabitant");
    CHECK(error_loading(options_scenario("  - name: Nothing\n")) ==
          "s.yaml:10:5: option \"Nothing\" changes nothing: give it a model, a rule or parameters, or change the members "
          "(leave, join, members), the budget, external_funding or self_funded");
}

TEST_CASE("Two options with one name is an error") {
    CHECK(error_loading(options_scenario("  - name: X\n    parameters: {base_amount: 1}\n  - name: X\n    parameters: {base_amount: 2}\n")) ==
          "s.yaml:12:5: two options are called \"X\"; give each its own name");
}

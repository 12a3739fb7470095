// Who joins: options that change the members, the budget and the money from outside, and
// comparisons across options whose members differ.
#include <catch2/catch.hpp>

#include <regex>

#include "spleis/comparison.hpp"
#include "spleis/comparison_report.hpp"
#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "spleis/report.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {
const std::string who_joins = test::source_path("scenarios/digi-vestland-2021-who-joins.yaml");

const ScenarioOption& option_named(const Scenario& s, const std::string& name) {
    for (const ScenarioOption& o : s.options)
        if (o.name == name) return o;
    FAIL("no option " << name);
    throw;
}

const MemberShare* member(const Allocation& a, const std::string& code) {
    for (const MemberShare& m : a.members)
        if (m.municipality.code == code) return &m;
    return nullptr;
}

Comparison compare_all(const Scenario& s) {
    std::vector<NamedAllocation> all{{s.baseline_name, allocate(s)}};
    for (const ScenarioOption& o : s.options) all.push_back({o.name, allocate(s, o)});
    return compare(std::move(all));
}

// The first error loading the scenario and allocating each of its options, with the scratch path cut.
std::string error_in(const std::string& scenario_text) {
    test::ScratchDir dir;
    const std::string path = dir.write("s.yaml", scenario_text);
    try {
        compare_all(load_scenario(path));
    } catch (const Error& e) {
        return std::regex_replace(e.what(), std::regex("[^ ]*/s[.]yaml"), "s.yaml");
    }
    return "no error";
}

std::string vestland(const std::string& rest) {
    return "title: T\nyear: 2021\nmodel: " + test::source_path("models/digi-vestland.yaml") +
           "\npopulation:\n  file: " + test::source_path("scenarios/data/population_vestland_2020.csv") +
           "\nmembers:\n  county: 46\nbudget: 19 470 000\nself_funded:\n  - member: 4601\n    amount: 9 100 000\n"
           "rounding: krone\n" + rest;
}

std::string salten(const std::string& rest) {
    return "title: T\nyear: 2019\nmodel: " + test::source_path("models/smartere-salten.yaml") +
           "\npopulation:\n  file: " + test::source_path("scenarios/data/population_salten_2019.csv") +
           "\nmembers: all\nbudget: 4 200 000\nexternal_funding:\n  - name: Iris-fondet\n    amount: 2 100 000\n"
           "  - name: Regional fund\n    amount: 1 000 000\nrounding: krone\n" + rest;
}
}  // namespace

TEST_CASE("Kinn and Stad stay out: the other 40 carry 10 370 000 kr at 24.3337 kr per inhabitant, Stord joins the capped") {
    const Scenario s = load_scenario(who_joins);
    const Allocation a = allocate(s, option_named(s, "Kinn and Stad stay out"));
    CHECK(a.members.size() == 41);
    CHECK(member(a, "4602") == nullptr);  // Kinn
    CHECK(member(a, "4649") == nullptr);  // Stad
    CHECK(a.total == 19'470'000 * ore_per_krone);
    Ore others = 0;
    int capped = 0;
    for (const MemberShare& m : a.members) {
        CHECK(m.amount % ore_per_krone == 0);
        if (m.limit != Limit::self_funded) others += m.amount;
        capped += m.limit == Limit::cap;
    }
    CHECK(others == 10'370'000 * ore_per_krone);
    CHECK(std::round(at(a.parameters, ParameterId::per_inhabitant).value * 10'000) == 243'337);
    CHECK(capped == 6);
    CHECK(member(a, "4614")->limit == Limit::cap);  // Stord joins Bjørnafjorden, Øygarden, Askøy, Alver, Sunnfjord
    CHECK(member(a, "4614")->amount == 500'000 * ore_per_krone);
    // Computed independently (exact fractions, largest remainder to the krone):
    CHECK(member(a, "4630")->amount == 297'055 * ore_per_krone);  // Osterøy
    CHECK(member(a, "4611")->amount == 198'844 * ore_per_krone);  // Etne
    CHECK(member(a, "4621")->amount == 483'013 * ore_per_krone);  // Voss
    CHECK(member(a, "4629")->amount == 109'442 * ore_per_krone);  // Modalen
    CHECK(member(a, "4651")->amount == 273'500 * ore_per_krone);  // Stryn
    CHECK(member(a, "4601")->amount == 9'100'000 * ore_per_krone);  // Bergen still covers its part
}

TEST_CASE("The who-joins comparison: the budget of 18 MNOK and Bergen covering 8 MNOK itself") {
    const Comparison c = compare_all(load_scenario(who_joins));
    REQUIRE(c.options.size() == 4);
    CHECK_FALSE(c.same_members);
    CHECK(c.members.size() == 43);
    CHECK(c.summaries[0].paying == 43);
    CHECK(c.summaries[1].paying == 41);
    CHECK(c.summaries[1].members_total == 19'470'000 * ore_per_krone);
    CHECK(c.summaries[2].members_total == 18'000'000 * ore_per_krone);
    const Allocation& bergen_8 = c.options[3].allocation;
    CHECK(member(bergen_8, "4601")->amount == 8'000'000 * ore_per_krone);
    CHECK(bergen_8.total == 19'470'000 * ore_per_krone);
    CHECK(c.summaries[3].solved_value > c.summaries[0].solved_value);  // the others carry Bergen's 1.1 MNOK
}

TEST_CASE("A member that leaves and joins again gives the original result byte for byte") {
    const Scenario s = load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml"));
    ScenarioChanges leave;
    leave.leave = {"4630"};
    const Scenario without = with_changes(s, leave);
    CHECK(without.members.size() == 42);
    ScenarioChanges join;
    join.join = {*std::find_if(s.members.begin(), s.members.end(), [](const Municipality& m) { return m.code == "4630"; })};
    const Scenario again = with_changes(without, join);
    const Allocation original = allocate(s), rejoined = allocate(again);
    CHECK(render_table(rejoined) == render_table(original));
    CHECK(render_json(rejoined) == render_json(original));
    CHECK(render_csv(rejoined) == render_csv(original));
    CHECK(render_table(allocate(without)) != render_table(original));

    // The same written as an option: leave and join in one.
    const Comparison c = compare_all(load_scenario(test::ScratchDir().write(
        "s.yaml", vestland("options:\n  - name: Out and in\n    leave: [Osterøy]\n    join: [4630]\n"))));
    CHECK(c.same_members);
    CHECK(render_csv(c.options[1].allocation) == render_csv(c.options[0].allocation));
}

TEST_CASE("A self-funded member made to pay by the rule like the others") {
    test::ScratchDir dir;
    const Scenario s = load_scenario(dir.write(
        "s.yaml", vestland("options:\n  - name: Bergen by the rule\n    self_funded:\n      - member: Bergen\n        amount: none\n")));
    const Allocation a = allocate(s, s.options.front());
    const MemberShare* bergen = member(a, "4601");
    CHECK(bergen->limit == Limit::cap);  // by the rule Bergen reaches the cap
    CHECK(bergen->amount == 500'000 * ore_per_krone);
    CHECK(a.self_funded.empty());
    CHECK(a.total == 19'470'000 * ore_per_krone);
    CHECK(at(a.parameters, ParameterId::per_inhabitant).value > 19.9932 * 2);  // 18.97 MNOK now on the 42 others and Bergen's cap
}

TEST_CASE("An option that leaves no member to pay by the rule is a clear error") {
    CHECK(error_in(vestland("options:\n  - name: Only Bergen\n    members: [4601]\n")) ==
          "s.yaml:15:14: option \"Only Bergen\": no member is left to pay by the rule: 4601 Bergen is self-funded");
    CHECK(error_in(salten("options:\n  - name: Nobody\n    members: [1804]\n    leave: [Bodø]\n")) ==
          "s.yaml:17:12: option \"Nobody\": no member is left: every member leaves");
}

TEST_CASE("Funding removed so the budget cannot be met: the infeasibility message with its numbers") {
    const std::string text = salten("parameters:\n  cap: 300 000\noptions:\n  - name: No Iris-fondet\n    external_funding:\n"
                                    "      - name: Iris-fondet\n        amount: none\n");
    CHECK(error_in(text) == "s.yaml:7:9: option \"No Iris-fondet\": the budget cannot be met: all 10 members at the cap of "
                            "300 000 kr give 3 000 000 kr, the budget needs 3 200 000 kr (the budget of 4 200 000 kr less "
                            "1 000 000 kr from other sources); the cap is set at s.yaml:15:8; the lowest cap that meets the budget is 320 000 kr");
    try {
        const Scenario s = load_scenario(test::ScratchDir().write("s.yaml", text));
        allocate(s, s.options.front());
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::infeasible);
    }
}

TEST_CASE("Changes that do not fit the scenario are errors at their line") {
    CHECK(error_in(salten("options:\n  - name: X\n    external_funding:\n      - name: State grant\n        amount: none\n")) ==
          "s.yaml:17:9: option \"X\": there is no external funding called \"State grant\" to remove");
    CHECK(error_in(salten("options:\n  - name: X\n    join: [Bodø]\n")) ==
          "s.yaml:16:11: option \"X\": 1804 Bodø cannot join: it is a member already");
    CHECK(error_in(salten("options:\n  - name: X\n    leave: [Oslo]\n")) ==
          "s.yaml:16:13: no municipality called \"Oslo\" in the population file " +
              test::source_path("scenarios/data/population_salten_2019.csv") +
              "; write a municipality code like 1804 or a name like Bodø");
    CHECK(error_in(vestland("options:\n  - name: X\n    self_funded:\n      - member: Osterøy\n        amount: none\n")) ==
          "s.yaml:16:17: option \"X\": 4630 Osterøy already pays by the rule: it covers no fixed amount itself");
    const std::string norway = "title: T\nyear: 2019\nmodel: " + test::source_path("models/kommit-fund.yaml") +
                               "\npopulation:\n  file: " + test::source_path("scenarios/data/population_norway_2019.csv") +
                               "\nmembers: [0301]\noptions:\n  - name: X\n    join: [Våler]\n";
    CHECK(error_in(norway) == "s.yaml:9:12: \"Våler\" is the name of 2 municipalities in the population file " +
                                  test::source_path("scenarios/data/population_norway_2019.csv") +
                                  ": 0137 Våler (Østfold) and 0426 Våler (Hedmark); write the code of the one you mean");
}

TEST_CASE("Funding added, changed and removed; a budget changed") {
    const Scenario s = load_scenario(test::ScratchDir().write(
        "s.yaml", salten("options:\n  - name: Y\n    budget: 5 200 000\n    external_funding:\n      - name: Regional fund\n"
                         "        amount: none\n      - name: Iris-fondet\n        amount: 2 000 000\n      - name: County\n"
                         "        amount: 200 000\n")));
    const Allocation a = allocate(s, s.options.front());
    REQUIRE(a.external_funding.size() == 2);
    CHECK(a.external_funding[0].name == "Iris-fondet");
    CHECK(a.external_funding[0].amount == 2'000'000 * ore_per_krone);
    CHECK(a.external_funding[1].name == "County");
    CHECK(a.total == 5'200'000 * ore_per_krone);
    for (const MemberShare& m : a.members) CHECK(m.amount == 300'000 * ore_per_krone);  // (5.2 − 2.2 MNOK) / 10
}

TEST_CASE("Compare on disjoint member sets: nobody is a member of both, no difference is made up") {
    const Scenario vestland_s = load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml"));
    const Scenario salten_s = load_scenario(test::source_path("scenarios/salten-2019.yaml"));
    const Comparison c = compare({{"Vestland", allocate(vestland_s)}, {"Salten", allocate(salten_s)}});
    CHECK_FALSE(c.same_members);
    REQUIRE(c.members.size() == 53);
    CHECK(c.members.front().municipality.code == "1804");  // code order over both
    CHECK(c.share(0, 0) == nullptr);
    CHECK(c.share(0, 1)->amount == 110'000 * ore_per_krone);
    CHECK(c.summaries[0].members == 43);
    CHECK(c.summaries[1].members == 10);
    CHECK(c.summaries[1].paying == 10);
    CHECK(c.summaries[1].members_total == 1'100'000 * ore_per_krone);

    const std::string table = render_comparison_table(c);
    CHECK(table.find("2 options compared on 53 municipalities, 10 to 43 members per option") != std::string::npos);
    CHECK(std::regex_search(table, std::regex("1804  Bodø +52 024 +not a member +– +110 000 kr +– +– +2[.]11 kr")));
    CHECK(render_comparison_table(c, Language::nn).find("ikkje medlem") != std::string::npos);
    CHECK(render_comparison_table(c, Language::nb).find("ikke medlem") != std::string::npos);
    const std::string csv = render_comparison_csv(c);
    CHECK(csv.find("\nVestland,1804,Bodø,52024,,,,,not-a-member\n") != std::string::npos);
    CHECK(csv.find("\nSalten,1804,Bodø,52024,110000.00,,,2.114409,none\n") != std::string::npos);
    const std::string json = render_comparison_json(c);
    CHECK(json.find("\"same_members\": false") != std::string::npos);
    CHECK(json.find("{\"code\": \"1804\", \"name\": \"Bodø\", \"population\": 52024, \"amounts\": [null, {\"amount\": 110000.00, "
                    "\"amount_ore\": 11000000, \"difference\": null,") != std::string::npos);
    CHECK(render_comparison_summary_csv(c).find("\nSalten,1100000.00,amount_per_member,110000,110000.00,110000.00,0,0,"
                                                "0.391122,50.904110,10,10\n") != std::string::npos);
}

// Population bands: the Digiorden and Fiks folkeregister price lists, band edges, bands with a
// budget, a cap and a comparison, and the errors a finance officer can make writing bands.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

#include "spleis/comparison.hpp"
#include "spleis/error.hpp"
#include "spleis/explain.hpp"
#include "spleis/load.hpp"
#include "spleis/scenario.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {
constexpr Ore kr = ore_per_krone;

Allocation run(const std::string& scenario) { return allocate(load_scenario(test::source_path(scenario))); }

const MemberShare& member(const Allocation& a, const std::string& code) {
    const auto it = std::find_if(a.members.begin(), a.members.end(), [&](const MemberShare& m) { return m.municipality.code == code; });
    REQUIRE(it != a.members.end());
    return *it;
}

// One member of the given population under a model file, price list as written.
Ore price_for(const std::string& model, std::int64_t population) {
    Scenario s = test::scenario_with(RuleKind::population_bands, {{"9999", "Test", population}});
    s.model = load_model(test::source_path(model));
    s.rounding_unit = 1;  // whole øre: half a krone per inhabitant stays visible
    return allocate(s).members.front().amount;
}

const std::string model_head =
    "name: Test bands\n"
    "rule: population_bands\n"
    "parameters:\n"
    "  band_scale:\n"
    "    value: 1\n"
    "    unit: share\n"
    "    source: test\n"
    "bands:\n"
    "  source: test\n"
    "  prices:\n";

// The message of loading a model with these band lines (after `prices:`, from line 11).
std::string error_of_bands(const std::string& prices, const std::string& head = model_head) {
    try {
        parse_model(head + prices, "model.yaml");
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}
}  // namespace

TEST_CASE("Digiorden, first year: Osterøy (8 098 inhabitants) pays 40 000 + 6 000 + 12 147 = 58 147 kr") {
    const Allocation a = run("scenarios/digiorden-2021.yaml");
    REQUIRE(a.members.size() == 43);
    const MemberShare& osteroy = member(a, "4630");
    CHECK(osteroy.amount == 58'147 * kr);
    REQUIRE(osteroy.raw.term_count == 3);
    CHECK(osteroy.raw.terms[0].kind == TermKind::band);
    CHECK(osteroy.raw.terms[0].amount == 40'000);
    CHECK(osteroy.raw.terms[1].amount == 6'000);   // 12 × 500 kr operation
    CHECK(osteroy.raw.terms[2].amount == 12'147);  // 12 × 0.125 kr × 8 098
}

TEST_CASE("Digiorden, first year: Bergen (283 929) pays 60 000 + 6 000 + 425 893.50 kr, rounded to 491 894 kr") {
    const Allocation a = run("scenarios/digiorden-2021.yaml");
    const MemberShare& bergen = member(a, "4601");
    CHECK(bergen.limited == 491'893.5);
    // Half a krone to round: the largest-remainder tie goes to the lowest code, Bergen.
    CHECK(bergen.amount == 491'894 * kr);
    CHECK(a.members_total == 2'877'797 * kr);
    CHECK(a.total == 2'877'797 * kr);
}

TEST_CASE("Digiorden: the years after the first pay operation only (band_scale 0)") {
    Scenario s = load_scenario(test::source_path("scenarios/digiorden-2021.yaml"));
    at(s.model.parameters, ParameterId::band_scale).value = 0;
    const Allocation a = allocate(s);
    CHECK(member(a, "4630").amount == 18'147 * kr);
    CHECK(member(a, "4629").amount == 6'582 * kr);  // Modalen, 388 inhabitants: 6 000 + 582
}

TEST_CASE("Digiorden band edges: 4 999 and 5 000, 10 000 and 10 001 (\"above 10 000\")") {
    const std::string model = "models/digiorden.yaml";
    const auto fee = [&](std::int64_t population) {
        return price_for(model, population) - 6'000 * kr - std::llround(1.5 * static_cast<double>(population) * kr);
    };
    CHECK(fee(1) == 25'000 * kr);
    CHECK(fee(4'999) == 25'000 * kr);
    CHECK(fee(5'000) == 40'000 * kr);
    CHECK(fee(10'000) == 40'000 * kr);
    CHECK(fee(10'001) == 60'000 * kr);
}

TEST_CASE("Fiks folkeregister 2021: Osterøy 10 000 kr, Bergen 30 000 kr, Vestland fylkeskommune 30 000 kr") {
    const Allocation a = run("scenarios/fiks-folkeregister-2021.yaml");
    CHECK(member(a, "4630").amount == 10'000 * kr);
    CHECK(member(a, "4601").amount == 30'000 * kr);
    CHECK(member(a, "4602").amount == 20'000 * kr);  // Kinn, 17 207
    CHECK(a.members_total == 570'000 * kr);
    REQUIRE(a.external_funding.size() == 1);
    CHECK(a.external_funding[0].amount == 30'000 * kr);
    CHECK(a.total == 600'000 * kr);
}

TEST_CASE("Fiks folkeregister band edges: 9 999 pays 10 000 kr, 10 000 pays 20 000 kr, 50 000 pays 30 000 kr") {
    const std::string model = "models/fiks-folkeregister-2021.yaml";
    CHECK(price_for(model, 9'999) == 10'000 * kr);
    CHECK(price_for(model, 10'000) == 20'000 * kr);
    CHECK(price_for(model, 49'999) == 20'000 * kr);
    CHECK(price_for(model, 50'000) == 30'000 * kr);
}

TEST_CASE("Bands with a budget and a cap: band_scale is solved so Vestland pays 700 000 kr, Bergen held at 30 000 kr") {
    const Allocation a = run("scenarios/fiks-folkeregister-2021-options.yaml");
    REQUIRE(a.solved == ParameterId::band_scale);
    // Bergen (30 000 kr) is capped; the other 42 carry 670 000 kr on a list price of 540 000 kr.
    CHECK(at(a.parameters, ParameterId::band_scale).value == Approx(670'000.0 / 540'000.0).epsilon(1e-12));
    CHECK(member(a, "4601").limit == Limit::cap);
    CHECK(member(a, "4601").amount == 30'000 * kr);
    CHECK(a.total == 700'000 * kr);
    for (const MemberShare& m : a.members) CHECK(m.amount <= 30'000 * kr);
    // Every member of a band pays the same, up to the one krone of rounding.
    CHECK(std::abs(member(a, "4630").amount - member(a, "4611").amount) <= 1 * kr);
}

TEST_CASE("Bands compared with a per-inhabitant key on the same 700 000 kr") {
    const Scenario s = load_scenario(test::source_path("scenarios/fiks-folkeregister-2021-options.yaml"));
    std::vector<NamedAllocation> options{{s.baseline_name, allocate(s)}};
    for (const ScenarioOption& o : s.options) options.push_back({o.name, allocate(with_option(s, o))});
    const Comparison c = compare(std::move(options));
    REQUIRE(c.options.size() == 3);
    CHECK(c.options[1].allocation.rule == RuleKind::per_inhabitant);
    CHECK(c.options[1].allocation.bands.empty());
    for (const OptionSummary& summary : c.summaries) CHECK(summary.members_total == 700'000 * kr);
    CHECK(c.summaries[0].capped == 1);
    CHECK(c.summaries[1].capped == 13);
    // A flat price per band weighs on the smallest municipalities; per inhabitant it does not.
    CHECK(c.summaries[0].gini > c.summaries[1].gini);
}

TEST_CASE("Bands: the explanation names the band") {
    const Allocation a = run("scenarios/digiorden-2021.yaml");
    const std::string text = explain_text(a, 21, Language::en);
    CHECK(a.members[21].municipality.code == "4630");
    CHECK(text.find("band 5 000 to 10 000 inhabitants: 40 000.00 kr × 1 = 40 000.00 kr") != std::string::npos);
}

TEST_CASE("Bands written out of order are read in population order") {
    const std::string prices =
        "    - from: 10 000\n      amount: 3\n"
        "    - from: 0\n      below: 10 000\n      amount: 1\n";
    const Model m = parse_model(model_head + prices, "model.yaml");
    REQUIRE(m.bands.size() == 2);
    CHECK(m.bands[0].from == 0);
    CHECK(m.bands[1].from == 10'000);
}

TEST_CASE("Overlapping bands: the populations in both and both bands' lines") {
    CHECK(error_of_bands("    - below: 10 000\n      amount: 10 000\n"
                         "    - from: 9 000\n      below: 50 000\n      amount: 20 000\n"
                         "    - from: 50 000\n      amount: 30 000\n") ==
          "model.yaml:13:13: the bands overlap: populations 9 000 to 9 999 are in this band (from 9 000 below 50 000) "
          "and in the band on line 11 (below 10 000)");
    CHECK(error_of_bands("    - below: 10 000\n      amount: 10 000\n"
                         "    - from: 10 000\n      amount: 20 000\n"
                         "    - from: 50 000\n      amount: 30 000\n") ==
          "model.yaml:15:13: the bands overlap: populations from 50 000 up are in this band (from 50 000) and in the "
          "band on line 13 (from 10 000)");
}

TEST_CASE("Gapped bands: the populations in no band") {
    CHECK(error_of_bands("    - below: 10 000\n      amount: 10 000\n"
                         "    - from: 10 001\n      amount: 20 000\n") ==
          "model.yaml:13:13: the bands leave a gap: populations 10 000 to 10 000 are in no band (the band on line 11 "
          "ends below 10 000, this one starts from 10 001)");
    CHECK(error_of_bands("    - from: 5 000\n      amount: 10 000\n") ==
          "model.yaml:11:13: the bands leave a gap: populations 0 to 4 999 are in no band (the lowest band starts from "
          "5 000; leave out `from:` there)");
    CHECK(error_of_bands("    - below: 10 000\n      amount: 10 000\n"
                         "    - from: 10 000\n      below: 50 000\n      amount: 20 000\n") ==
          "model.yaml:14:14: the bands leave a gap: populations from 50 000 up are in no band (leave out `below:` on "
          "the highest band)");
}

TEST_CASE("Band edges that do not say which side is inclusive are refused") {
    CHECK(error_of_bands("    - to: 10 000\n      amount: 10 000\n") ==
          "model.yaml:11:7: `to` does not say whether the border population is in the band; write `from: N` (N is in "
          "the band) and `below: M` (M is not)");
    CHECK(error_of_bands("    - below: 10 000\n      amount: 10 000\n"
                         "    - amount: 20 000\n") ==
          "model.yaml:13:7: every band after the first needs `from:` (the first population in the band)");
    CHECK(error_of_bands("    - from: 10 000\n      below: 10 000\n      amount: 1\n") ==
          "model.yaml:12:14: the band holds no population: below 10 000 is not above from 10 000");
}

TEST_CASE("Bands belong to the population_bands rule, and it needs them") {
    CHECK(error_of_bands("    - amount: 1\n", std::regex_replace(model_head, std::regex("population_bands"), "equal_split")) ==
          "model.yaml:9:3: bands are only used by the population_bands rule");
    CHECK(error_of_bands("", model_head.substr(0, model_head.find("bands:"))) ==
          "model.yaml:1:1: the population_bands rule needs `bands:`, a price for each population band");
}

TEST_CASE("An option cannot switch to population_bands without a price list") {
    test::ScratchDir dir;
    dir.write("population.csv", "code,name,population,year\n4630,Osterøy,8098,2020\n4631,Alver,29224,2020\n");
    dir.write("model.yaml", "name: Key\nrule: per_inhabitant\nparameters:\n  per_inhabitant:\n    value: 20\n"
                            "    unit: NOK per inhabitant\n    source: test\n");
    const std::string path = dir.write("scenario.yaml", "title: T\nyear: 2021\nmodel: model.yaml\npopulation:\n"
                                                        "  file: population.csv\nmembers: all\noptions:\n"
                                                        "  - name: Bands\n    rule: population_bands\n");
    try {
        load_scenario(path);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.message() == "option \"Bands\" cannot switch to population_bands with `rule:`: it needs a price list; "
                             "give the option a `model:` with bands");
        CHECK(e.where().line == 9);
    }
}

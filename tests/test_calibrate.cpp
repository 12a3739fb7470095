// Calibration: the Digi Vestland 2021 parameters from the council paper's figures, put back
// into a run; least squares with more facts; and facts that cannot determine the parameters
// or contradict each other.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <set>

#include "spleis/calibrate.hpp"
#include "spleis/error.hpp"
#include "spleis/load.hpp"
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

Scenario digi_vestland_calibrate() { return load_scenario(test::source_path("scenarios/digi-vestland-2021-calibrate.yaml")); }

// A small group: two members of the same size, so some facts cannot tell a base from a rate.
const std::string population_csv =
    "code,name,population,year\n"
    "4630,Osterøy,8000,2020\n"
    "4631,Alver,8000,2020\n"
    "4632,Austrheim,3000,2020\n"
    "4601,Bergen,283929,2020\n";

const std::string scenario_head =
    "title: Test\n"
    "year: 2021\n"
    "model: model.yaml\n"
    "population:\n"
    "  file: population.csv\n"
    "members: all\n"
    "self_funded:\n"
    "  - member: 4601\n"
    "    amount: 1 000 000\n"
    "parameters:\n"
    "  base_amount: calibrate\n"
    "  per_inhabitant: calibrate\n";

const std::string model_yaml =
    "name: Test model\n"
    "rule: base_plus_per_inhabitant\n"
    "parameters:\n"
    "  base_amount:\n    value: 100000\n    unit: NOK\n    source: test\n"
    "  per_inhabitant:\n    value: solve\n    unit: NOK per inhabitant\n    source: test\n"
    "  cap:\n    value: 500000\n    unit: NOK\n    source: test\n";

// Loads and calibrates a scenario in a scratch folder; the error message, or "no error".
std::string error_of(const std::string& scenario, Calibration* out = nullptr) {
    test::ScratchDir dir;
    dir.write("model.yaml", model_yaml);
    dir.write("population.csv", population_csv);
    const std::string path = dir.write("scenario.yaml", scenario);
    try {
        const Calibration c = calibrate(load_scenario(path));
        if (out) *out = c;
    } catch (const Error& e) {
        return std::regex_replace(std::string(e.what()), std::regex(std::regex_replace(dir.path(), std::regex("[.]"), "[.]")), "DIR/");
    }
    return "no error";
}
}  // namespace

TEST_CASE("Digi Vestland 2021 calibrated: base amount 104 363.30 kr and 19.2192 kr per inhabitant meet both facts") {
    const Calibration c = calibrate(digi_vestland_calibrate());
    REQUIRE(c.unknowns == std::vector<ParameterId>{ParameterId::base_amount, ParameterId::per_inhabitant});
    CHECK(c.values[0] == Approx(104'363.30).margin(0.005));
    CHECK(c.values[1] == Approx(19.219153).margin(5e-7));
    CHECK_FALSE(c.least_squares);
    CHECK(c.facts_agree);
    REQUIRE(c.fits.size() == 2);
    CHECK(c.fits[0].stated == 19'470'000);
    CHECK(std::abs(c.fits[0].residual) < 1e-6);
    CHECK(c.fits[1].stated == 260'000);
    CHECK(std::abs(c.fits[1].residual) < 1e-6);
    std::set<std::string> capped;
    for (const BoundMember& b : c.bound) {
        CHECK(b.limit == Limit::cap);
        capped.insert(b.municipality.name);
    }
    CHECK(capped == std::set<std::string>{"Bjørnafjorden", "Øygarden", "Askøy", "Alver", "Sunnfjord"});
}

TEST_CASE("Digi Vestland 2021 calibrated, put back into a run: Osterøy pays 260 000 kr, the total is 19 470 000 kr, the cap holds") {
    const Scenario s = digi_vestland_calibrate();
    const Allocation a = allocate(with_calibrated(s, calibrate(s)));
    CHECK(member(a, "4630").amount == 260'000 * kr);
    CHECK(member(a, "4601").amount == 9'100'000 * kr);
    CHECK(a.members_total == 19'470'000 * kr);
    for (const MemberShare& m : a.members) {
        if (m.limit == Limit::self_funded) continue;
        CHECK(m.amount <= 500'000 * kr);
        if (m.limit == Limit::cap) CHECK(m.amount == 500'000 * kr);
    }
    CHECK(std::count_if(a.members.begin(), a.members.end(), [](const MemberShare& m) { return m.limit == Limit::cap; }) == 5);
}

TEST_CASE("Digi Vestland 2021 with the calibrated base amount written in: solving the rate for the budget gives Osterøy 260 000 kr") {
    Scenario s = load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml"));
    Parameter& base = at(s.model.parameters, ParameterId::base_amount);
    base.value = 104'363.30;  // as the calibration report prints it, to the øre
    const Allocation a = allocate(s);
    CHECK(at(a.parameters, ParameterId::per_inhabitant).value == Approx(19.219153).margin(1e-6));
    CHECK(member(a, "4630").amount == 260'000 * kr);
    CHECK(a.total == 19'470'000 * kr);
}

TEST_CASE("More facts than unknowns: least squares, with every fact's residual") {
    // Osterøy 260 000 kr and Kinn 444 023 kr (what the decided 100 000 kr base gives) cannot both
    // hold with the total; the fit shares the miss.
    Scenario s = digi_vestland_calibrate();
    s.facts.push_back({FactKind::member_paid, "4602", 444'023 * kr, "test", {s.file, 99, 5}});
    const Calibration c = calibrate(s);
    CHECK(c.least_squares);
    CHECK_FALSE(c.facts_agree);
    REQUIRE(c.fits.size() == 3);
    for (const FactFit& fit : c.fits) CHECK(fit.residual == Approx(fit.fitted - fit.stated));
    CHECK(std::abs(c.fits[1].residual) > 1);
    CHECK(std::abs(c.fits[2].residual) > 1);
    // Least squares on the piece: the residuals are orthogonal to every column of the system.
    CHECK(c.values[0] > 100'000);
    CHECK(c.values[0] < 104'363.30);
}

TEST_CASE("Calibration in a small group: a total and one member determine base and rate") {
    Calibration c;
    CHECK(error_of(scenario_head + "facts:\n  - total: 1 600 000\n  - member: 4632\n    paid: 160 000\n", &c) == "no error");
    // 3 members pay 600 000 kr; Austrheim (3 000) 160 000, Osterøy and Alver (8 000) 220 000 each.
    CHECK(c.values[0] == Approx(124'000));
    CHECK(c.values[1] == Approx(12));
}

TEST_CASE("Calibration: facts that cannot determine the unknowns say which") {
    CHECK(error_of(scenario_head + "facts:\n  - member: 4630\n    paid: 200 000\n  - member: 4631\n    paid: 200 000\n") ==
          "DIR/scenario.yaml:14:3: the facts cannot determine base_amount and per_inhabitant: the 2 facts fix only 1 "
          "combination of the 2 unknowns; add a fact about a member of another size");
}

TEST_CASE("Calibration: facts that contradict each other say which") {
    CHECK(error_of(scenario_head + "facts:\n  - member: 4630\n    paid: 200 000\n  - member: 4631\n    paid: 210 000\n") ==
          "DIR/scenario.yaml:14:3: the facts contradict each other: no values of base_amount and per_inhabitant give "
          "both Osterøy paying 200 000 kr (line 14) and Alver paying 210 000 kr (line 16)");
}

TEST_CASE("Calibration: more unknowns than facts") {
    CHECK(error_of(scenario_head + "facts:\n  - total: 1 600 000\n") ==
          "DIR/scenario.yaml:14:3: 2 parameters are `calibrate` (base_amount and per_inhabitant), but the scenario gives "
          "only 1 fact; give at least as many facts as unknowns");
}

TEST_CASE("Calibration: a fact about a municipality that is not a member") {
    CHECK(error_of(scenario_head + "facts:\n  - total: 1 600 000\n  - member: 4699\n    paid: 100 000\n") ==
          "DIR/scenario.yaml:15:13: municipality 4699 is not in this scenario's members");
}

TEST_CASE("Calibration: a fact about a self-funded member, two facts about one member, two totals") {
    CHECK(error_of(scenario_head + "facts:\n  - total: 1 600 000\n  - member: 4601\n    paid: 1 000 000\n") ==
          "DIR/scenario.yaml:15:5: the fact is about 4601, which is self-funded: its 1 000 000 kr is fixed and says "
          "nothing about the parameters");
    CHECK(error_of(scenario_head + "facts:\n  - member: 4630\n    paid: 1\n  - member: 4630\n    paid: 2\n") ==
          "DIR/scenario.yaml:16:5: a second fact about 4630 (the first is on line 14)");
    CHECK(error_of(scenario_head + "facts:\n  - total: 1\n  - total: 2\n") ==
          "DIR/scenario.yaml:15:5: a second total (the first is on line 14)");
}

TEST_CASE("Calibration: nothing marked, a budget instead of a total, a parameter that cannot be calibrated") {
    const std::string facts = "facts:\n  - total: 1 600 000\n  - member: 4632\n    paid: 160 000\n";
    std::string head = std::regex_replace(scenario_head, std::regex("  base_amount: calibrate\n  per_inhabitant: calibrate\n"),
                                          "  per_inhabitant: 20\n");
    CHECK(error_of(head + facts) ==
          "DIR/scenario.yaml: nothing to calibrate: mark the parameters to find with `calibrate` (under "
          "base_plus_per_inhabitant: base_amount and per_inhabitant)");
    CHECK(error_of(scenario_head + "budget: 1 600 000\n" + facts) ==
          "DIR/scenario.yaml:13:9: a calibration takes its total from the facts; write the budget as a fact "
          "(`- total: …`) instead of `budget:`");
    CHECK(error_of(scenario_head + "  cap: calibrate\n" + facts) ==
          "DIR/scenario.yaml:13:8: cap cannot be calibrated; under base_plus_per_inhabitant calibrate base_amount and "
          "per_inhabitant");
}

TEST_CASE("`spleis run` on a calibration scenario says to calibrate first") {
    try {
        allocate(digi_vestland_calibrate());
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.message() == "base_amount is `calibrate`: it is found from the scenario's facts by calibrating the scenario, "
                             "or give it a value");
    }
}

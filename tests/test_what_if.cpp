// The what-if solver gives what allocate() gives, to the øre, for every change a slider makes,
// and says so for the changes it is not for.
#include <catch2/catch.hpp>

#include <random>

#include "spleis/changes.hpp"
#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "spleis/solve.hpp"
#include "spleis/what_if.hpp"
#include "support.hpp"

using namespace spleis;

namespace {

// allocate()'s answer, in the what-if solver's terms.
WhatIfAmounts allocated(const Scenario& s) { return amounts_of(allocate(s)); }

// How many what-ifs each way: solved, and refused with allocate()'s message.
int solved_count = 0, refused_count = 0;

// The solver's answer (or error) is allocate()'s, to the øre and to the bit.
void check_equal(const WhatIfAmounts& got, const std::string& error, const WhatIfAmounts& expected, const std::string& expected_error) {
    CHECK(error == expected_error);
    CHECK(got.amounts == expected.amounts);
    CHECK(got.limits == expected.limits);
    CHECK(got.solved == expected.solved);
    CHECK(got.solved_value == expected.solved_value);  // the same bits
    CHECK(got.members_total == expected.members_total);
    CHECK(got.total == expected.total);
    CHECK(got.budget == expected.budget);
}

void check_same(const WhatIfSolver& solver, const Scenario& what_if) {
    REQUIRE(solver.fits(what_if));
    std::string expected_error, error;
    WhatIfAmounts expected, got;
    try {
        expected = allocated(what_if);
    } catch (const Error& e) {
        expected_error = e.what();
    }
    try {
        got = solver.solve(what_if);
    } catch (const Error& e) {
        error = e.what();
    }
    (expected_error.empty() ? solved_count : refused_count) += 1;
    check_equal(got, error, expected, expected_error);
}

// The same for a what-if given as its changes: allocate(apply(base, changes)) or their error.
void check_same(const WhatIfSolver& solver, const Scenario& base, const Changes& changes) {
    std::string expected_error, error;
    WhatIfAmounts expected, got;
    try {
        expected = allocated(apply(base, changes));
    } catch (const Error& e) {
        expected_error = e.what();
    }
    try {
        const std::optional<WhatIfAmounts> solved = solver.solve(changes);
        REQUIRE(solved);
        got = *solved;
    } catch (const Error& e) {
        error = e.what();
    }
    check_equal(got, error, expected, expected_error);
}

// A what-if written as the changes made to an empty one.
template <typename Make>
Changes what_if(Make make) {
    Changes c;
    make(c);
    return c;
}

}  // namespace

TEST_CASE("What-ifs on prepared members: Osterøy pays 261 905 kr as decided, the same as allocate() at any cap") {
    const Scenario digi = load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml"));
    const WhatIfSolver solver(digi);
    const WhatIfAmounts decided = solver.solve(digi);
    const auto osteroy = std::find_if(solver.members().begin(), solver.members().end(),
                                      [](const Municipality& m) { return m.code == "4630"; });
    CHECK(decided.amounts[static_cast<std::size_t>(osteroy - solver.members().begin())] == 26'190'500);
    CHECK(decided.total == 1'947'000'000);  // balanced to the øre
    for (const double cap : {200'000.0, 260'000.0, 400'000.0, 499'999.5, 500'000.0, 1'000'000.0})
        check_same(solver, apply(digi, what_if([&](Changes& c) { c.parameters = {{ParameterId::cap, cap}}; })));
}

TEST_CASE("What-ifs on prepared members agree with allocate() for random sliders, solved parameters and roundings") {
    std::mt19937_64 random(2021);
    for (const char* file : {"scenarios/digi-vestland-2021.yaml", "scenarios/norway-2025.yaml", "scenarios/salten-2019.yaml",
                             "scenarios/hallingdal-2025.yaml", "scenarios/fiks-folkeregister-2021.yaml"}) {
        INFO(file);
        const Scenario base = load_scenario(test::source_path(file));
        const WhatIfSolver solver(base);
        check_same(solver, base);
        std::vector<ParameterId> given;
        for (std::size_t i = 0; i < parameter_count; ++i)
            if (base.model.parameters[i].given() && !base.model.parameters[i].solved()) given.push_back(static_cast<ParameterId>(i));
        for (int n = 0; n < 60; ++n) {
            Changes c;
            if (!given.empty()) {
                const ParameterId id = given[random() % given.size()];
                const double value = at(base.model.parameters, id).value;
                c.parameters.push_back({id, value * std::uniform_real_distribution<double>(0.3, 1.7)(random)});
            }
            if (given.size() > 1 && random() % 5 == 0) {  // solve another parameter than the scenario does
                const ParameterId solved = given[random() % given.size()];
                if (c.parameters.empty() || c.parameters.front().first != solved) c.solve = solved;
            }
            if (base.budget && random() % 3 == 0)
                c.budget = *base.budget + static_cast<Ore>(random() % 200'000'000) - 100'000'000;
            if (random() % 4 == 0) c.rounding_unit = std::array<Ore, 4>{1, 100, 10'000, 100'000}[random() % 4];
            if (!base.self_funded.empty() && random() % 3 == 0)
                c.self_funded.push_back({base.self_funded.front().code, base.self_funded.front().amount / 2});
            check_same(solver, base, c);
            if (n % 10 == 0) {  // a member that is not self-funded: apply() refuses it, and so does the solver
                Changes refused = c;
                refused.self_funded.push_back({"9999", 100});
                check_same(solver, base, refused);
            }
            Scenario changed;
            try {
                changed = apply(base, c);
            } catch (const ChangeError&) {
                continue;
            }
            check_same(solver, changed);
        }
    }
    CHECK(solved_count > 150);  // most what-ifs are solved; some cannot be (a cap too low), and say so
    CHECK(refused_count > 5);
}

TEST_CASE("The what-if solver says which what-ifs are not for it") {
    const Scenario digi = load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml"));
    const WhatIfSolver solver(digi);
    CHECK(solver.fits(digi));
    CHECK(solver.solve(Changes{}));
    CHECK(solver.solve(what_if([&](Changes& c) { c.option = digi.baseline_name; })));
    CHECK_FALSE(solver.solve(what_if([](Changes& c) { c.leave = {"4602"}; })));
    CHECK_FALSE(solver.solve(what_if([](Changes& c) { c.option = "B"; })));
    CHECK_FALSE(solver.fits(apply(digi, what_if([](Changes& c) { c.leave = {"4602"}; }))));                    // Kinn stays out
    Scenario bergen_by_the_rule = digi;
    bergen_by_the_rule.self_funded.clear();
    CHECK_FALSE(solver.fits(bergen_by_the_rule));
    const Scenario options = load_scenario(test::source_path("scenarios/digi-vestland-2021-options.yaml"));
    CHECK_FALSE(solver.fits(apply(options, what_if([&](Changes& c) { c.option = options.options[0].name; }))));     // another rule: per inhabitant only
    const Scenario cut = load_scenario(test::source_path("scenarios/digi-vestland-2021-cut.yaml"));
    CHECK_FALSE(WhatIfSolver(cut).fits(cut));                                         // a shortfall rule
    CHECK_FALSE(WhatIfSolver(cut).solve(Changes{}));
    const Scenario fund = load_scenario(test::source_path("scenarios/kommit-fund.yaml"));
    CHECK_FALSE(WhatIfSolver(fund).fits(fund));                                       // a matched fund
    CHECK_FALSE(WhatIfSolver(fund).solve(Changes{}));
}

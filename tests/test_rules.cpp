// Each rule's evaluate() on its own (one test per file under src/solve/rules/), and what every
// rule in the catalogue must satisfy. A rule added to RuleKind without an example here does not
// compile: example() lists every rule, with no default.
#include <catch2/catch.hpp>

#include <cmath>

#include <fmt/format.h>

#include "solve/rules/rules.hpp"
#include "spleis/rule.hpp"

using namespace spleis;

namespace {

struct Example {
    ParameterValues values{};
    Group group;
};

ParameterValues with(std::initializer_list<std::pair<ParameterId, double>> given) {
    ParameterValues v{};
    for (const auto& [id, value] : given) v[static_cast<std::size_t>(id)] = value;
    return v;
}

// Ten members, 100 000 inhabitants together; the price list of Digiorden's connection fee.
Group ten_members() {
    Group g;
    g.members = 10;
    g.population = 100'000;
    g.bands = {{0, 5'000, 2'500'000, {}}, {5'000, 10'000, 4'000'000, {}}, {10'000, std::nullopt, 6'000'000, {}}};
    return g;
}

Example example(RuleKind rule) {
    using enum ParameterId;
    switch (rule) {
        case RuleKind::equal_split: return {with({{amount_per_member, 110'000}}), ten_members()};
        case RuleKind::per_inhabitant: return {with({{per_inhabitant, 19.99}}), ten_members()};
        case RuleKind::base_plus_per_inhabitant:
            return {with({{base_amount, 50'000}, {per_inhabitant, 20}}), ten_members()};
        case RuleKind::mixed_key: return {with({{amount_to_split, 1'000'000}, {equal_fraction, 0.3}}), ten_members()};
        case RuleKind::matched_fund:
            return {with({{levy_per_inhabitant, 10}, {match_rate, 1}, {sponsor_maximum, 125e6}, {upper_frame, 250e6}}),
                    ten_members()};
        case RuleKind::population_bands:
            return {with({{band_scale, 1}, {base_amount, 6'000}, {per_inhabitant, 1.5}}), ten_members()};
    }
    FAIL("no example for rule " << info(rule).key);
    return {};
}

const Municipality osteroy{"4630", "Osterøy", 8'098};

RawAmount evaluate_example(RuleKind rule, const Municipality& member = osteroy) {
    const Example e = example(rule);
    return evaluate(rule, e.values, member, e.group);
}

void check_term(const RawAmount& raw, int index, TermKind kind, double quantity, double price) {
    REQUIRE(raw.term_count > index);
    const Term& t = raw.terms[static_cast<std::size_t>(index)];
    CHECK(t.kind == kind);
    CHECK(t.quantity == quantity);
    CHECK(t.price == Approx(price));
    CHECK(t.amount == Approx(quantity * price));
}

}  // namespace

TEST_CASE("equal_split: Smartere Salten's members pay 110 000 kr each, whatever their size") {
    const RawAmount raw = evaluate_example(RuleKind::equal_split);
    CHECK(raw.total == 110'000);
    CHECK(raw.term_count == 1);
    check_term(raw, 0, TermKind::equal_share, 1, 110'000);
    CHECK(evaluate_example(RuleKind::equal_split, {"1851", "Lødingen", 2'000}).total == 110'000);
}

TEST_CASE("per_inhabitant: 8 098 inhabitants × 19.99 kr") {
    const RawAmount raw = evaluate_example(RuleKind::per_inhabitant);
    CHECK(raw.total == Approx(8'098 * 19.99));
    CHECK(raw.term_count == 1);
    check_term(raw, 0, TermKind::per_inhabitant, 8'098, 19.99);
}

TEST_CASE("base_plus_per_inhabitant: a base of 50 000 kr plus 20 kr × 8 098 inhabitants") {
    const RawAmount raw = evaluate_example(RuleKind::base_plus_per_inhabitant);
    CHECK(raw.total == 50'000 + 20 * 8'098);
    CHECK(raw.term_count == 2);
    check_term(raw, 0, TermKind::base_amount, 1, 50'000);
    check_term(raw, 1, TermKind::per_inhabitant, 8'098, 20);
}

TEST_CASE("mixed_key: 30 % of 1 MNOK equally over ten members, 70 % by population") {
    const RawAmount raw = evaluate_example(RuleKind::mixed_key, {"1001", "A", 5'000});
    CHECK(raw.total == Approx(30'000 + 35'000));
    CHECK(raw.term_count == 2);
    check_term(raw, 0, TermKind::equal_part, 1, 30'000);
    check_term(raw, 1, TermKind::population_part, 5'000, 7);
}

TEST_CASE("matched_fund: a member pays the levy × its population; the sponsor is not in its amount") {
    const RawAmount raw = evaluate_example(RuleKind::matched_fund);
    CHECK(raw.total == 10 * 8'098);
    CHECK(raw.term_count == 1);
    check_term(raw, 0, TermKind::levy, 8'098, 10);
}

TEST_CASE("population_bands: 8 098 inhabitants fall in the 40 000 kr band, plus a base and a part per inhabitant") {
    const RawAmount raw = evaluate_example(RuleKind::population_bands);
    CHECK(raw.total == Approx(40'000 + 6'000 + 1.5 * 8'098));
    CHECK(raw.term_count == 3);
    check_term(raw, 0, TermKind::band, 1, 40'000);
    check_term(raw, 1, TermKind::base_amount, 1, 6'000);
    check_term(raw, 2, TermKind::per_inhabitant, 8'098, 1.5);
    // From inclusive, below exclusive.
    CHECK(evaluate_example(RuleKind::population_bands, {"1", "A", 5'000}).terms[0].price == 40'000);
    CHECK(evaluate_example(RuleKind::population_bands, {"1", "A", 4'999}).terms[0].price == 25'000);
}

TEST_CASE("Every rule in the catalogue: terms that sum to the amount, its population line, affine in what it solves") {
    CHECK(all_rules().size() == rule_count);
    for (const RuleInfo& rule : all_rules()) {
        INFO("rule " << rule.key);
        const Example e = example(rule.kind);
        for (std::int64_t population : {0, 1, 4'999, 5'000, 8'098, 285'911}) {
            const Municipality m{"1001", "A", population};
            const RawAmount raw = evaluate(rule.kind, e.values, m, e.group);
            double sum = 0;
            for (int i = 0; i < raw.term_count; ++i) sum += raw.terms[static_cast<std::size_t>(i)].amount;
            CHECK(sum == Approx(raw.total));

            // The solver's fast path must give evaluate()'s amount to the last bit.
            const std::optional<PopulationLine> line = population_line(rule.kind, e.values, e.group);
            REQUIRE(line.has_value() == rule.on_population_line);
            if (line) CHECK(line->amount(population) == raw.total);

            // The solver relies on amount = c + d × parameter with d >= 0, for each parameter it solves.
            for (ParameterId id : rule.solvable) {
                INFO("parameter " << info(id).key);
                const auto at_value = [&](double x) {
                    ParameterValues v = e.values;
                    v[static_cast<std::size_t>(id)] = x;
                    return evaluate(rule.kind, v, m, e.group).total;
                };
                const double slope = at_value(1) - at_value(0);
                CHECK(slope >= 0);
                CHECK(at_value(1'000) == Approx(at_value(0) + 1'000 * slope).margin(1e-6));
            }
        }
    }
}

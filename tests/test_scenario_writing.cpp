// Writing a scenario without guessing (issue 18): members by name wherever a member is
// written, names that two municipalities share, the nearest names when none matches, and the
// Hallingdal scenario of the issue with its real figures.
#include <catch2/catch.hpp>

#include <map>

#include "spleis/error.hpp"
#include "spleis/explain.hpp"
#include "spleis/load.hpp"
#include "spleis/member_lookup.hpp"
#include "spleis/report.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

namespace {
const PopulationTable& norway(int year) {
    static std::map<int, PopulationTable> tables;
    auto [it, fresh] = tables.try_emplace(year);
    if (fresh) it->second = load_population_csv(test::source_path("scenarios/data/population_norway_" + std::to_string(year) + ".csv"));
    return it->second;
}

std::string code_of(const std::vector<Municipality>& rows, std::string_view written) {
    const MunicipalityLookup found = find_municipality(rows, written, "the table");
    return found.index ? rows[*found.index].code : found.problem.en;
}

const Municipality* member(const Allocation& a, std::string_view code) {
    for (const MemberShare& m : a.members)
        if (m.municipality.code == code) return &m.municipality;
    return nullptr;
}
}  // namespace

TEST_CASE("A municipality is found by code or by any form of its name") {
    const auto& rows = norway(2024).rows;
    CHECK(code_of(rows, "3320") == "3320");
    CHECK(code_of(rows, "301") == "0301");
    CHECK(code_of(rows, "Flå") == "3320");
    CHECK(code_of(rows, "FLÅ") == "3320");
    CHECK(code_of(rows, "  ål ") == "3328");
    CHECK(code_of(rows, "Ål kommune") == "3328");
    CHECK(code_of(rows, "Hamarøy") == "1875");          // "Hábmer - Hamarøy"
    CHECK(code_of(rows, "Tråante") == "5001");          // "Trondheim - Tråante"
    CHECK(code_of(rows, "Herøy (Nordland)") == "1818");  // the full name tells the two apart
}

TEST_CASE("A name two municipalities share lists both with their codes") {
    CHECK(code_of(norway(2024).rows, "Herøy") ==
          "\"Herøy\" is the name of 2 municipalities in the table: 1515 Herøy (Møre og Romsdal) and 1818 Herøy "
          "(Nordland); write the code of the one you mean");
    CHECK(code_of(norway(2024).rows, "Våler") ==
          "\"Våler\" is the name of 2 municipalities in the table: 3114 Våler (Østfold) and 3419 Våler (Hedmark); write "
          "the code of the one you mean");
    CHECK(code_of(norway(2019).rows, "nes") ==
          "\"nes\" is the name of 2 municipalities in the table: 0236 Nes (Akershus) and 0616 Nes (Buskerud); write the "
          "code of the one you mean");
}

TEST_CASE("A name or code not found suggests the nearest") {
    const auto& rows = norway(2024).rows;
    CHECK(code_of(rows, "Fla") == "no municipality called \"Fla\" in the table; did you mean 3320 Flå?");
    CHECK(code_of(rows, "Nesbyn") == "no municipality called \"Nesbyn\" in the table; did you mean 3322 Nesbyen?");
    CHECK(code_of(rows, "Hemsedl") == "no municipality called \"Hemsedl\" in the table; did you mean 3326 Hemsedal?");
    CHECK(code_of(rows, "3321") == "municipality 3321 is not in the table; did you mean 3320 Flå or 3322 Nesbyen?");
    CHECK(code_of(rows, "Atlantis") == "no municipality called \"Atlantis\" in the table; write a municipality code like "
                                       "0301 or a name like Oslo");
    CHECK(code_of(rows, "46300") == "a municipality code must be four digits like 4601, got \"46300\"");
}

namespace {
const std::string hallingdal =
    "title: Hallingdal digitalisation 2025\n"
    "year: 2025\n"
    "model:\n"
    "  name: 40 % equally, 60 % by population\n"
    "  rule: mixed_key\n"
    "  parameters:\n"
    "    amount_to_split: {value: solve, unit: NOK, source: solved}\n"
    "    equal_fraction: {value: 40 %, unit: share, source: the board}\n"
    "    cap: {value: 1 800 000, unit: NOK, source: the board}\n"
    "population:\n"
    "  file: POP\n"
    "members: [Flå, Nesbyen, Gol, Hemsedal, Ål, Hol]\n"
    "budget: 6 400 000\n"
    "external_funding:\n"
    "  - name: Regional grant\n"
    "    amount: 400 000\n";
}

TEST_CASE("Hallingdal by names: 40 % equally and 60 % by population of 6 000 000 kr, Flå 586 083 kr") {
    std::string text = hallingdal;
    text.replace(text.find("POP"), 3, test::source_path("scenarios/data/population_norway_2024.csv"));
    const Allocation a = allocate(parse_scenario(text, "hallingdal.yaml", "", read_any_file()));
    REQUIRE(a.members.size() == 6);
    CHECK(a.members.front().municipality.code == "3320");
    CHECK(a.members.front().amount == 586'083 * ore_per_krone);  // 400 000 + 3 600 000 × 1 115 / 21 571
    Ore total = 0;
    for (const MemberShare& m : a.members) total += m.amount;
    CHECK(total == 6'000'000 * ore_per_krone);  // with the grant's 400 000 kr, the budget to the øre
    CHECK(find_member(a, "hemsedal") == std::optional<std::size_t>(3));
    CHECK(lookup_member(a, "Bergen").problem.en == "no municipality called \"Bergen\" in this scenario's members; write a "
                                                   "municipality code like 3320 or a name like Flå");
    CHECK(lookup_member(a, "Bergen").problem.nb == "ingen kommune heter «Bergen» i medlemmene i dette scenarioet; skriv en "
                                                   "kommunekode som 3320 eller et navn som Flå");
}

TEST_CASE("self_funded and facts name members too") {
    std::string text = hallingdal;
    text.replace(text.find("POP"), 3, test::source_path("scenarios/data/population_norway_2024.csv"));
    text += "self_funded:\n  - member: Hol\n    amount: 1 000 000\n";
    const Allocation a = allocate(parse_scenario(text, "hallingdal.yaml", "", read_any_file()));
    REQUIRE(a.self_funded.size() == 1);
    CHECK(a.self_funded.front().code == "3330");
    CHECK(member(a, "3330") != nullptr);

    std::string calibrating = hallingdal;
    calibrating.replace(calibrating.find("POP"), 3, test::source_path("scenarios/data/population_norway_2024.csv"));
    calibrating.replace(calibrating.find("value: 40 %"), 11, "value: calibrate");
    calibrating += "facts:\n  - total: 6 400 000\n  - member: flå\n    paid: 586 083\n";
    const Scenario s = parse_scenario(calibrating, "hallingdal.yaml", "", read_any_file());
    REQUIRE(s.facts.size() == 2);
    CHECK(s.facts[1].member == "3320");
}

TEST_CASE("Names in members: a name two share, a typo, the same member twice") {
    std::string text = hallingdal;
    text.replace(text.find("POP"), 3, test::source_path("scenarios/data/population_norway_2024.csv"));
    const std::string in = " in the population file " + test::source_path("scenarios/data/population_norway_2024.csv");
    const auto error_of = [&](const std::string& members) {
        std::string t = text;
        const std::string written = "[Flå, Nesbyen, Gol, Hemsedal, Ål, Hol]";
        t.replace(t.find(written), written.size(), members);
        try {
            parse_scenario(t, "hallingdal.yaml", "", read_any_file());
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(error_of("[Flå, Herøy]") == "hallingdal.yaml:12:17: \"Herøy\" is the name of 2 municipalities" + in +
                                          ": 1515 Herøy (Møre og Romsdal) and 1818 Herøy (Nordland); write the code of "
                                          "the one you mean");
    CHECK(error_of("[Fla, Gol]") == "hallingdal.yaml:12:11: no municipality called \"Fla\"" + in + "; did you mean 3320 Flå?");
    CHECK(error_of("[Flå, 3320]") == "hallingdal.yaml:12:17: municipality 3320 (Flå) is listed twice");
}

TEST_CASE("A solved value says where it comes from, in the engine's numbers") {
    const Allocation digi = allocate(load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml")));
    CHECK(solved_derivation(digi) ==
          "19.9932 kr per inhabitant = what the 42 members must pay after Bergen's 9 100 000 kr: 10 370 000 kr, less the 5 "
          "capped members' 2 500 000 kr, less 37 × 100 000 kr of base amount: 4 170 000 kr over their 208 571 inhabitants");
    CHECK(solved_derivation(digi, Language::nn) ==
          "19,9932 kr per innbyggjar = det dei 42 medlemene må betale etter Bergens 9 100 000 kr: 10 370 000 kr, minus "
          "2 500 000 kr for dei 5 medlemene ved taket, minus 37 × 100 000 kr i grunnbeløp: 4 170 000 kr fordelt på dei "
          "208 571 innbyggjarane deira");
    const Allocation hallingdal = allocate(load_scenario(test::source_path("scenarios/hallingdal-2025.yaml")));
    CHECK(solved_derivation(hallingdal) ==
          "6 000 000.00 kr = what the 6 members must pay after 400 000 kr of other funding: 6 000 000 kr; 40 % of it split "
          "equally, 400 000 kr each; 60 % by population: 166.8907 kr per inhabitant = 60 % of 6 000 000 kr ÷ 21 571 "
          "inhabitants");
    const Allocation salten = allocate(load_scenario(test::source_path("scenarios/salten-2019.yaml")));
    CHECK(solved_derivation(salten) ==
          "110 000.00 kr = what the 10 members must pay after 3 100 000 kr of other funding: 1 100 000 kr over 10 members");
    // The same words in the trace, and in the explanation of every member.
    CHECK(explain_all_json(digi).find("\"derivation\": \"19.9932 kr per inhabitant = what the 42 members") != std::string::npos);
    CHECK(explain_text(hallingdal, 0).find("amount_to_split: 6 000 000.00 kr = what the 6 members must pay") != std::string::npos);
}

TEST_CASE("Norwegian reports have a decimal comma on shares too") {
    const Allocation hallingdal = allocate(load_scenario(test::source_path("scenarios/hallingdal-2025.yaml")));
    CHECK(explain_text(hallingdal, 0, Language::nb).find("lik del: 0,4 av 6 000 000,00 kr ÷ 6 medlemmer") != std::string::npos);
    CHECK(render(hallingdal, Format::table, Language::nn).find("del som blir fordelt likt (equal_fraction)  0,4  ") != std::string::npos);
}

TEST_CASE("A county by name, in the structure of the population table's year") {
    std::string text = hallingdal;
    text.replace(text.find("POP"), 3, test::source_path("scenarios/data/population_norway_2024.csv"));
    const std::string written = "[Flå, Nesbyen, Gol, Hemsedal, Ål, Hol]";
    text.replace(text.find(written), written.size(), "{county: Buskerud}");
    const Scenario s = parse_scenario(text, "buskerud.yaml", "", read_any_file());
    CHECK(s.members.size() == 18);  // 33xx in the 2024 structure
    CHECK(s.members.front().code == "3301");

    std::string before = text;
    before.replace(before.find("population_norway_2024"), 22, "population_norway_2022");
    before.replace(before.find("year: 2025"), 10, "year: 2023");
    CHECK_THROWS_WITH(parse_scenario(before, "buskerud.yaml", "", read_any_file()),
                      Catch::Contains("Buskerud was no county on 1 January 2022") &&
                          Catch::Contains("06 Buskerud (2018–2019), 33 Buskerud (2024–)"));
}

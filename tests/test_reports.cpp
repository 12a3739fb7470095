// Reports: amounts the way people read them, plain numbers for machines, safe output files.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <algorithm>

#include "spleis/comparison_report.hpp"
#include "spleis/error.hpp"
#include "spleis/explain.hpp"
#include "spleis/member_lookup.hpp"
#include "spleis/load.hpp"
#include "spleis/nok.hpp"
#include "spleis/output_file.hpp"
#include "spleis/report.hpp"
#include "spleis/solve.hpp"
#include "support.hpp"

using namespace spleis;

TEST_CASE("Kroner are written with a space between thousands: 260 000 kr") {
    CHECK(format_nok(260'000 * 100) == "260 000 kr");
    CHECK(format_nok(19'470'000 * 100) == "19 470 000 kr");
    CHECK(format_nok(999 * 100) == "999 kr");
    CHECK(format_nok(26'190'577) == "261 905.77 kr");
    CHECK(format_nok(26'190'577, Language::nb) == "261 905,77 kr");
    CHECK(format_nok(5) == "0.05 kr");
    CHECK(format_kroner(19.99341, 4) == "19.9934 kr");
    CHECK(format_kroner(1234567.891, 2, Language::nb) == "1 234 567,89 kr");
    CHECK(format_count(352'602) == "352 602");
}

TEST_CASE("Names match in any case, the Sami letters of Latin Extended-A included") {
    // Fictional rows: SSB's names hold Č, Đ, Ŋ, Š, Ŧ and Ž too, in forms spelt by other tables.
    const std::vector<Municipality> rows{{"9001", "Čáhppesđŋoš - Ŧuvžž", 10}, {"9002", "Osterøy", 20}};
    const auto code_of = [&](std::string_view written) {
        const MunicipalityLookup found = find_municipality(rows, written, "the rows");
        return found.index ? rows[*found.index].code : found.problem.en;
    };
    CHECK(code_of("ČÁHPPESĐŊOŠ") == "9001");
    CHECK(code_of("ŧuvžž") == "9001");
    CHECK(code_of("ŦUVŽŽ") == "9001");
    CHECK(code_of("OSTERØY") == "9002");
    const Allocation a = allocate(load_scenario("scenarios/digi-vestland-2021.yaml"));
    const auto osteroy = find_member(a, "OSTERØY");
    REQUIRE(osteroy);
    CHECK(a.members[*osteroy].municipality.code == "4630");
    CHECK(find_member(a, "BJØRNAFJORDEN"));
}

TEST_CASE("Display width counts letters, not bytes, so columns with æøå line up") {
    CHECK(display_width("Osterøy") == 7);
    CHECK(display_width("Årdal") == 5);
}

TEST_CASE("The CSV report has plain, exact numbers") {
    const Allocation a = allocate(load_scenario(test::source_path("scenarios/salten-2019.yaml")));
    const std::string csv = render_csv(a);
    CHECK(csv.rfind("code,name,population,amount,amount_per_inhabitant,limit\n", 0) == 0);
    CHECK(csv.find("1804,Bodø,52024,110000.00,2.114409,none\n") != std::string::npos);
    CHECK(csv.find("1841,Fauske - Fuosko,9760,110000.00,") != std::string::npos);
}

TEST_CASE("The table report shows the solved parameter and the balance") {
    const Allocation a = allocate(load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml")));
    const std::string table = render_table(a);
    CHECK(table.find("4630  Osterøy") != std::string::npos);
    CHECK(table.find("per_inhabitant        19.99") != std::string::npos);
    CHECK(table.find("Total        19 470 000 kr  = budget 19 470 000 kr, balanced to the øre") != std::string::npos);
}

TEST_CASE("The JSON report carries amounts in øre and every parameter's source") {
    const Allocation a = allocate(load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml")));
    const std::string json = render_json(a);
    CHECK(json.find("\"total_ore\": 1947000000") != std::string::npos);
    CHECK(json.find("\"name\": \"cap\", \"value\": 500000, \"unit\": \"NOK\", \"solved\": false, \"source\": \"Osterøy kommune") != std::string::npos);
    CHECK(json.find("\"solved\": {\"parameter\": \"per_inhabitant\"") != std::string::npos);
}

TEST_CASE("An output file is replaced only by a complete one") {
    test::ScratchDir dir;
    const std::string path = dir.write("report.csv", "old");
    write_file_atomically(path, "new contents");
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    CHECK(text.str() == "new contents");
    CHECK_THROWS_WITH(write_file_atomically(dir.path("missing/report.csv"), "x"),
                      dir.path("missing/report.csv") + ": cannot write the output: the folder " + dir.path("missing") +
                          " does not exist");
    CHECK_THROWS_WITH(write_file_atomically(dir.path(), "x"), dir.path() + ": cannot write the output: it is a directory");
}

TEST_CASE("Norwegian tables: bokmål and nynorsk words, decimal comma, space between thousands") {
    const Allocation a = allocate(load_scenario(test::source_path("scenarios/salten-2019.yaml")));
    const std::string nb = render_table(a, Language::nb);
    CHECK(nb.find("Kode  Kommune             Innbyggere         Beløp  Per innbygger  Grense") != std::string::npos);
    CHECK(nb.find("1804  Bodø                    52 024    110 000 kr        2,11 kr") != std::string::npos);
    CHECK(nb.find("= budsjett 4 200 000 kr, i balanse på øret") != std::string::npos);
    const std::string nn = render_table(a, Language::nn);
    CHECK(nn.find("Innbyggjarar") != std::string::npos);
    CHECK(nn.find("Avrunda til heile kroner med største-rest-metoden.") != std::string::npos);
}

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

// The widest row of the markdown tables: how many cells a portrait page must hold.
std::size_t widest_row(const std::string& markdown) {
    std::size_t widest = 0;
    std::istringstream lines(markdown);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("| ", 0) == 0) widest = std::max(widest, count_of(line, " |"));
    return widest;
}

Comparison digi_vestland_options() {
    const Scenario s = load_scenario(test::source_path("scenarios/digi-vestland-2021-options.yaml"));
    std::vector<NamedAllocation> all{{s.baseline_name, allocate(s)}};
    for (const ScenarioOption& o : s.options) all.push_back({o.name, allocate(with_option(s, o))});
    return compare(std::move(all));
}

}  // namespace

TEST_CASE("The council paper's markdown: every member, the total and the sources, as a pipe table") {
    const Allocation a = allocate(load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml")));
    const std::string md = render_markdown(a);
    CHECK(md.rfind("# Digi Vestland 2021\n", 0) == 0);
    CHECK(md.find("| Code | Municipality | Population | Amount | Per inhabitant | Limit |\n| :--- | :--- | ---: | ---: | ---: | :--- |\n") !=
          std::string::npos);
    CHECK(md.find("| 4630 | Osterøy | 8 098 | 261 905 kr | 32.34 kr |  |\n") != std::string::npos);
    CHECK(md.find("| 4601 | Bergen | 283 929 | 9 100 000 kr | 32.05 kr | self-funded |\n") != std::string::npos);
    CHECK(md.find("|  | **Total (43 members)** | **636 531** | **19 470 000 kr** |") != std::string::npos);
    CHECK(count_of(md, "\n| 46") == 43);
    CHECK(md.find("| base\\_amount | 100 000 kr | Not stated in the council paper") != std::string::npos);  // _ escaped
    CHECK(md.find("Total = budget 19 470 000 kr, balanced to the øre") != std::string::npos);
}

TEST_CASE("The council paper's HTML pastes as a table: Norwegian words, amounts that do not break") {
    const Allocation a = allocate(load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml")));
    const std::string html = render_html(a, Language::nb);
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"nb\">", 0) == 0);
    CHECK(html.find("<table border=\"1\"") != std::string::npos);
    CHECK(html.find("<tr><td>4630</td><td>Osterøy</td><td align=\"right\" class=\"n\">8&nbsp;098</td>"
                    "<td align=\"right\" class=\"n\">261&nbsp;905&nbsp;kr</td>") != std::string::npos);
    CHECK(html.find("grunnbeløp (base_amount)") != std::string::npos);
    CHECK(count_of(html, "<tr><td>46") == 43);
    CHECK(html.find("<script") == std::string::npos);
}

TEST_CASE("A comparison for the council paper fits a portrait page: one column per option, changes apart") {
    const Comparison c = digi_vestland_options();
    const std::string md = render_comparison_markdown(c, Language::nb);
    CHECK(widest_row(md) <= 3 + 5);  // code, name, population, five options
    CHECK(md.find("| 4630 | Osterøy | 8 098 | 261 905 kr | 238 162 kr | 246 905 kr | 241 076 kr | 291 084 kr |") !=
          std::string::npos);
    CHECK(md.find("## Endring fra A") != std::string::npos);
    CHECK(md.find("| 4630 | Osterøy | -23 743 kr (-9,1 %) | -15 000 kr (-5,7 %) |") != std::string::npos);
    CHECK(md.find("500 000 kr\\*") != std::string::npos);  // at the cap, marked by more than colour
    CHECK(count_of(md, "**19 470 000 kr**") == 5);           // every option balances
    const std::string html = render_comparison_html(c);
    CHECK(count_of(html, "<table") == 3);
}

TEST_CASE("explain for the council paper: the steps as a list under the member's heading") {
    const Allocation a = allocate(load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml")));
    const auto at = std::find_if(a.members.begin(), a.members.end(), [](const MemberShare& m) { return m.municipality.code == "4630"; });
    const auto osteroy = static_cast<std::size_t>(at - a.members.begin());
    const ExplainSection section{&a, osteroy, ""};
    const std::string md = explain_markdown(std::span(&section, 1));
    CHECK(md.rfind("# Osterøy (4630), Digi Vestland 2021\n", 0) == 0);
    CHECK(md.find("- \\+ 19.9932 kr × 8 098 inhabitants = 161 904.87 kr") != std::string::npos);  // not a nested list
    CHECK(md.find("- rounded up to 261 905 kr") != std::string::npos);
    const std::string html = explain_html(std::span(&section, 1), Language::nn);
    CHECK(html.find("<li>") != std::string::npos);
}

TEST_CASE("Norwegian reports name parameters in Norwegian beside their keys") {
    const Allocation a = allocate(load_scenario(test::source_path("scenarios/digi-vestland-2021.yaml")));
    const std::string nb = render_table(a, Language::nb);
    CHECK(nb.find("grunnbeløp (base_amount)") != std::string::npos);
    CHECK(nb.find("beløp per innbygger (per_inhabitant)") != std::string::npos);
    CHECK(nb.find("tak (cap)") != std::string::npos);
    CHECK(render_table(a, Language::nn).find("beløp per innbyggjar (per_inhabitant)") != std::string::npos);
    CHECK(render_table(a).find("grunnbeløp") == std::string::npos);
}

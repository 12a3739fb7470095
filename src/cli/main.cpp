// spleis: the command line. Parses arguments, calls load → solve → report, and turns
// errors into a message on stderr and an exit code. Nothing else happens here.
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#ifdef _WIN32
#include <windows.h>
#endif

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "spleis/error.hpp"

namespace {

// Exit codes, documented in docs/commands.md; those of spleis::Error come from error_class().
enum Exit { ok = 0, usage_error = 2, internal_error = 70 };

}  // namespace

static int spleis_main(int argc, char** argv) {
    CLI::App app{"spleis: share the cost of a joint project between municipalities, exactly.\n"
                 "Reads a scenario (YAML), solves the model's unknown so the budget balances to the øre,\n"
                 "and shows who pays what."};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("spleis ") + SPLEIS_VERSION_STRING);
    // On Windows CLI11 would read /option as an option, and so a path like /tmp/a.yaml.
    app.allow_windows_style_options(false);

    app.footer("Exit codes: 0 done, 1 bad input, 2 bad command line, 3 budget cannot be met, 4 output not written.\n"
               "Example: spleis run scenarios/digi-vestland-2021.yaml");

    const std::map<std::string, spleis::Language> languages{
        {"en", spleis::Language::en}, {"nb", spleis::Language::nb}, {"nn", spleis::Language::nn}};
    const auto add_lang = [&](CLI::App* command, std::string& into) {
        command->add_option("--lang", into, "Language of tables, explanations and messages: en (default), nb (bokmål), nn (nynorsk)")
            ->check(CLI::IsMember({"en", "nb", "nn"}));
    };

    spleis::cli::RunOptions run;
    std::string format = "table";
    const std::map<std::string, spleis::Format> formats{
        {"table", spleis::Format::table}, {"csv", spleis::Format::csv}, {"json", spleis::Format::json},
        {"xlsx", spleis::Format::xlsx}, {"markdown", spleis::Format::markdown}, {"html", spleis::Format::html}};
    const char* report_formats = "table (for people, the default), csv or json (for programs), xlsx (a workbook; needs --output), "
                                 "markdown or html (for a council paper: tables that paste into Word or Writer)";
    CLI::App* run_cmd = app.add_subcommand("run", "Solve a scenario and show who pays what");
    run_cmd->footer("Example: spleis run scenarios/digi-vestland-2021.yaml --format xlsx --output report.xlsx");
    run_cmd->add_option("FILE", run.scenario, "Scenario file (YAML), e.g. scenarios/digi-vestland-2021.yaml")->required();
    run_cmd->add_option("-f,--format", format, report_formats)
        ->check(CLI::IsMember({"table", "csv", "json", "xlsx", "markdown", "html"}));
    run_cmd->add_option("-o,--output", run.output, "Write to this file instead of standard output (written whole or not at all)");

    run_cmd->add_flag("--trace", run.trace, "Instead of the report, every member's explanation as JSON");
    // One language for every command, its reports and its messages.
    std::string lang = "en";
    add_lang(run_cmd, lang);

    std::string explain_file, explain_member;
    CLI::App* explain_cmd = app.add_subcommand("explain", "Show step by step how one member's amount came about");
    explain_cmd->footer("Example: spleis explain scenarios/digi-vestland-2021.yaml --member Osterøy");
    explain_cmd->add_option("FILE", explain_file, "Scenario file (YAML)")->required();
    explain_cmd->add_option("-m,--member", explain_member, "Municipality code (4630) or name (Osterøy)")->required();
    std::string explain_option;
    explain_cmd->add_option("--option", explain_option, "An option of the scenario, by its letter in compare (B, C, …) or its name; A is the baseline");
    std::string explain_format = "text";
    std::optional<std::string> explain_output;
    explain_cmd->add_option("-f,--format", explain_format, "text (the default), markdown or html (for a council paper)")
        ->check(CLI::IsMember({"text", "markdown", "html"}));
    explain_cmd->add_option("-o,--output", explain_output, "Write to this file instead of standard output (written whole or not at all)");
    add_lang(explain_cmd, lang);

    spleis::cli::CompareOptions compare;
    std::string compare_format = "table";
    CLI::App* compare_cmd = app.add_subcommand("compare", "Compare a scenario's options, or several scenarios on the same members");
    compare_cmd->footer("Example: spleis compare scenarios/digi-vestland-2021-options.yaml");
    compare_cmd->add_option("FILE", compare.scenarios, "Scenario files (YAML); the first one's model is the baseline")->required();
    compare_cmd->add_option("-f,--format", compare_format, report_formats)
        ->check(CLI::IsMember({"table", "csv", "json", "xlsx", "markdown", "html"}));
    compare_cmd->add_flag("--summary", compare.summary, "CSV: one row per option instead of one per option and member");
    compare_cmd->add_option("-o,--output", compare.output, "Write to this file instead of standard output");
    add_lang(compare_cmd, lang);

    spleis::cli::SweepOptions sweep;
    CLI::App* sweep_cmd = app.add_subcommand("sweep", "Solve a scenario over a grid of parameter values (CSV)");
    sweep_cmd->footer("Example: spleis sweep scenarios/digi-vestland-2021.yaml --param base_amount=0..300000:50000 --summary");
    sweep_cmd->add_option("FILE", sweep.scenario, "Scenario file (YAML)")->required();
    sweep_cmd->add_option("-p,--param", sweep.params,
                          "NAME=FROM..TO:STEP, e.g. base_amount=0..200000:5000; give one or two (a grid). NAME may be budget")
        ->required();
    sweep_cmd->add_flag("--summary", sweep.summary, "One row per grid point (solved value, totals, capped, Gini) instead of one per member");
    sweep_cmd->add_option("-o,--output", sweep.output, "Write to this file instead of standard output");
    sweep_cmd->add_option("--threads", sweep.threads, "Threads solving grid points in parallel (default: all cores); the result is the same");
    add_lang(sweep_cmd, lang);

    spleis::cli::CalibrateOptions calibrate;
    std::string calibrate_format = "table";
    CLI::App* calibrate_cmd = app.add_subcommand(
        "calibrate", "Find the parameters marked `calibrate` from published facts (a total, what members paid)");
    calibrate_cmd->footer("Example: spleis calibrate scenarios/digi-vestland-2021-calibrate.yaml");
    calibrate_cmd->add_option("FILE", calibrate.scenario, "Scenario file with `facts:` (YAML), e.g. scenarios/digi-vestland-2021-calibrate.yaml")
        ->required();
    calibrate_cmd->add_option("-f,--format", calibrate_format, "table (for people, the default) or json")
        ->check(CLI::IsMember({"table", "json"}));
    calibrate_cmd->add_option("-o,--output", calibrate.output, "Write to this file instead of standard output");
    add_lang(calibrate_cmd, lang);

    spleis::cli::GrowOptions grow;
    std::string grow_format = "table";
    CLI::App* grow_cmd = app.add_subcommand("grow", "How a matched fund grows as its members join, step by step");
    grow_cmd->footer("Example: spleis grow scenarios/kommit-fund.yaml --order largest-first --levy 20 --levy 23.46");
    grow_cmd->add_option("FILE", grow.scenario, "Scenario file under the matched_fund rule; its members are the ones that may join")
        ->required();
    grow_cmd->add_option("--order", grow.order,
                         "largest-first (the default), smallest-first, county (a county at a time), or a list of members "
                         "like Oslo,Bergen,4630");
    grow_cmd->add_option("--levy", grow.levies, "A levy in kroner per inhabitant to show the fund at; give it again for more")
        ->check(CLI::NonNegativeNumber);
    grow_cmd->add_option("-f,--format", grow_format, "table (for people, the default), csv or json")
        ->check(CLI::IsMember({"table", "csv", "json"}));
    grow_cmd->add_option("-o,--output", grow.output, "Write to this file instead of standard output");
    add_lang(grow_cmd, lang);

    std::string validate_file;
    CLI::App* validate_cmd = app.add_subcommand("validate", "Check a scenario and its model and population files without computing");
    validate_cmd->footer("Example: spleis validate scenarios/digi-vestland-2021.yaml");
    validate_cmd->add_option("FILE", validate_file, "Scenario file (YAML)")->required();
    add_lang(validate_cmd, lang);

    spleis::cli::NewOptions create;
    CLI::App* new_cmd = app.add_subcommand("new", "Write a commented scenario to start from, that runs as written");
    new_cmd->add_option("FILE", create.output, "The scenario file to write, e.g. hallingdal.yaml")->required();
    new_cmd->add_option("--title", create.title, "Shown at the top of every report");
    new_cmd->add_option("--year", create.year, "The budget year, e.g. 2025")->required()->check(CLI::Range(1900, 2200));
    new_cmd->add_option("--rule", create.rule, "equal_split, per_inhabitant, base_plus_per_inhabitant or mixed_key (the model is written inline)");
    new_cmd->add_option("--model", create.model, "A model file to use; when it does not exist, the model is written there instead of inline");
    new_cmd->add_option("--members", create.members, "Codes or names, comma-separated (Flå,Gol,3324), or all, or county:NN")
        ->required()->delimiter(',');
    new_cmd->add_option("--budget", create.budget, "In kroner, e.g. \"6 400 000\"")->required();
    new_cmd->add_option("--population", create.population,
                        "Population table (default: population_norway_<year before>.csv in data/ beside FILE, scenarios/data/ or data/)");
    new_cmd->add_option("--cap", create.cap, "No member pays more than this, in kroner");
    new_cmd->add_option("--floor", create.floor, "No member pays less than this, in kroner");
    new_cmd->add_option("--funding", create.funding, "External funding NAME=AMOUNT, e.g. \"Regional grant=400 000\"; may be repeated");
    new_cmd->add_option("--param", create.params, "A parameter's value NAME=VALUE, e.g. \"equal_fraction=40 %\"; may be repeated");
    new_cmd->add_flag("--force", create.force, "Replace FILE if it exists");
    add_lang(new_cmd, lang);
    new_cmd->footer("Example: spleis new hallingdal.yaml --year 2025 --rule mixed_key --members Flå,Nesbyen,Gol,Hemsedal,Ål,Hol "
                    "--budget \"6 400 000\" --param \"equal_fraction=40 %\" --cap \"1 800 000\" --funding \"Regional grant=400 000\"");

    spleis::cli::PopulationOptions population;
    std::string population_format = "table";
    CLI::App* population_cmd = app.add_subcommand(
        "population", "Show what spleis reads from a population file (ours or Statistics Norway's 07459 export), "
                      "or look up the shipped tables");
    population_cmd->add_option("FILE", population.file, "Population file; without it, the shipped table of --year");
    population_cmd->add_option("--year", population.year, "Population at 1 January of this year (a column of the file, or a shipped table)");
    population_cmd->add_option("--county", population.county, "Only this county's municipalities, e.g. 46 (Vestland)");
    population_cmd->add_option("--find", population.find, "A municipality's name or code, e.g. Flå: its code, county and population");
    population_cmd->add_option("-f,--format", population_format, "table (for people, the default) or csv (code,name,population,year)")
        ->check(CLI::IsMember({"table", "csv"}));
    population_cmd->add_option("-o,--output", population.output, "Write to this file instead of standard output");
    add_lang(population_cmd, lang);
    population_cmd->add_option("--data", population.data_dir, "Folder of the shipped tables (default: SPLEIS_DATA_DIR, else share/spleis/scenarios/data of an installed spleis, else scenarios/data)");
    CLI::App* serve_cmd = app.add_subcommand("serve", "Serve a what-if page and an HTTP JSON API for scenarios: "
                                                       "spleis serve SCENARIO... [--host 127.0.0.1] [--port 8080]");
    serve_cmd->prefix_command();  // every argument goes to spleis-serve, which explains its own
    serve_cmd->set_help_flag();

    spleis::cli::FetchOptions fetch;
    CLI::App* fetch_cmd = population_cmd->add_subcommand(
        "fetch", "Download the population of 1 January of a year from Statistics Norway (table 07459), check it against "
                 "that year's municipalities, and write it with its source. The one command that uses the internet");
    fetch_cmd->footer("Example: spleis population fetch --year 2026 -o data/population_norway_2026.csv");
    fetch_cmd->add_option("--year", fetch.year, "Population at 1 January of this year, e.g. 2026")->required()->check(CLI::Range(1900, 2200));
    fetch_cmd->add_option("--county", fetch.county, "Write only this county's municipalities, e.g. 46 (Vestland)");
    fetch_cmd->add_option("-o,--output", fetch.output, "The CSV file to write (whole or not at all); its source goes beside "
                                                       "it in a file ending .SOURCES.md")
        ->required();
    fetch_cmd->add_option("--url", fetch.url, "The API's address for the table (default: SPLEIS_SSB_URL, or "
                                              "https://data.ssb.no/api/v0/en/table/07459)");
    fetch_cmd->add_option("--timeout", fetch.timeout, "Seconds to wait for the whole download (default 60)")
        ->check(CLI::Range(0.1, 3600.0));
    fetch_cmd->add_option("--data", fetch.data_dir, "Folder of the shipped tables, whose municipalities the download must have "
                                                    "(default: as for spleis population)");
    add_lang(fetch_cmd, lang);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? ok : usage_error;
    }

    // A workbook is never written to a terminal: a command-line mistake, found before any work.
    if ((*run_cmd && format == "xlsx" && !run.output && !run.trace) || (*compare_cmd && compare_format == "xlsx" && !compare.output)) {
        std::cerr << "spleis: --format xlsx writes a workbook; give it a file with --output, e.g. --output report.xlsx\n";
        return usage_error;
    }

    try {
        if (*run_cmd) {
            run.format = formats.at(format);
            run.lang = languages.at(lang);
            return spleis::cli::run(run);
        }
        if (*validate_cmd) return spleis::cli::validate(validate_file);
        if (*grow_cmd) {
            grow.format = formats.at(grow_format);
            grow.lang = languages.at(lang);
            return spleis::cli::grow(grow);
        }
        if (*sweep_cmd) return spleis::cli::sweep(sweep);
        if (*calibrate_cmd) {
            calibrate.format = formats.at(calibrate_format);
            return spleis::cli::calibrate(calibrate);
        }
        if (*compare_cmd) {
            compare.format = formats.at(compare_format);
            compare.lang = languages.at(lang);
            return spleis::cli::compare(compare);
        }
        if (*new_cmd) return spleis::cli::new_scenario(create);
        if (*fetch_cmd) return spleis::cli::population_fetch(fetch);
        if (*population_cmd) {
            population.format = formats.at(population_format);
            return spleis::cli::population(population);
        }
        if (*serve_cmd) return spleis::cli::serve(serve_cmd->remaining());
        if (*explain_cmd)
            return spleis::cli::explain({explain_file, explain_member, explain_option,
                                         explain_format == "text" ? spleis::Format::table : formats.at(explain_format),
                                         explain_output, languages.at(lang)});
    } catch (const spleis::cli::UsageError& e) {
        std::cerr << "spleis: " << e.what() << "\n";
        return usage_error;
    } catch (const spleis::Error& e) {
        std::cerr << "spleis: " << e.located(languages.at(lang)) << "\n";
        return spleis::error_class(e.kind()).exit_code;
    } catch (const std::exception& e) {
        std::cerr << "spleis: internal error: " << e.what() << "\n";
        return internal_error;
    }
    return usage_error;
}

#ifdef _WIN32
// Windows hands a program its command line in UTF-16 (wmain, linked with -municode); spleis
// works in UTF-8 throughout, so file names like Osterøy.yaml arrive intact, and the console is
// told to show UTF-8, so "Osterøy" and "261 905 kr" print as they should.
int wmain(int argc, wchar_t** wide_argv) {
    ::SetConsoleOutputCP(CP_UTF8);
    std::vector<std::string> args;
    for (int i = 0; i < argc; ++i) {
        const int n = ::WideCharToMultiByte(CP_UTF8, 0, wide_argv[i], -1, nullptr, 0, nullptr, nullptr);
        std::string arg(n > 0 ? static_cast<std::size_t>(n) : 1, '\0');
        ::WideCharToMultiByte(CP_UTF8, 0, wide_argv[i], -1, arg.data(), n, nullptr, nullptr);
        arg.resize(arg.size() - 1);  // the terminating NUL
        args.push_back(std::move(arg));
    }
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    return spleis_main(argc, argv.data());
}
#else
int main(int argc, char** argv) { return spleis_main(argc, argv); }
#endif

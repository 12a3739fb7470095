#pragma once
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "spleis/municipality.hpp"
#include "spleis/report.hpp"

namespace spleis::cli {

struct RunOptions {
    std::string scenario;
    Format format = Format::table;
    std::optional<std::string> output;  // stdout when not given
    bool trace = false;                 // every member's explanation as JSON instead of the report
    Language lang = Language::en;       // for the table; CSV, JSON and XLSX stay plain
};

int run(const RunOptions& options);
void require_file_for_xlsx(Format format, const std::optional<std::string>& output);

struct CompareOptions {
    std::vector<std::string> scenarios;
    Format format = Format::table;
    bool summary = false;  // CSV: one row per option instead of one per option and member
    std::optional<std::string> output;
    Language lang = Language::en;
};
int compare(const CompareOptions& options);

struct SweepOptions {
    std::string scenario;
    std::vector<std::string> params;  // "base_amount=0..200000:5000"
    bool summary = false;
    std::optional<std::string> output;
    unsigned threads = 0;  // 0: all cores
};
int sweep(const SweepOptions& options);

struct GrowOptions {
    std::string scenario;
    std::string order = "largest-first";  // largest-first, smallest-first, county, or a list: Oslo,Bergen,4630
    std::vector<double> levies;           // kroner per inhabitant
    Format format = Format::table;
    std::optional<std::string> output;
    Language lang = Language::en;
};
int grow(const GrowOptions& options);

struct CalibrateOptions {
    std::string scenario;
    Format format = Format::table;  // table or json
    std::optional<std::string> output;
};
int calibrate(const CalibrateOptions& options);
int validate(const std::string& scenario);
struct ExplainOptions {
    std::string scenario;
    std::string member;                 // a code or a name
    std::string option;                 // a letter (B, C, …) or a name; empty: the baseline
    Format format = Format::table;      // table (the text), markdown or html
    std::optional<std::string> output;
    Language lang = Language::en;
};
int explain(const ExplainOptions& options);
// Runs spleis-serve (next to this program) with these arguments; returns only on failure.
int serve(const std::vector<std::string>& arguments);

// A mistake on the command line (exit 2) found after parsing, like a member not in the table.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct NewOptions {
    std::string output;                  // the scenario file to write
    std::string title = "New cooperation";
    int year = 0;                        // the budget year
    std::optional<std::string> rule;     // for a model written by spleis new
    std::optional<std::string> model;    // an existing model file to use, or a new one to write
    std::optional<std::string> population;
    std::vector<std::string> members;    // codes or names, "all" or "county:NN"
    std::string budget;
    std::optional<std::string> cap, floor;
    std::vector<std::string> funding;    // "Name=amount"
    std::vector<std::string> params;     // "equal_fraction=40 %"
    bool force = false;
};
struct NewScenarioFiles {
    std::string scenario;
    std::string model;  // a model file to write beside it; empty when inline or existing
};
NewScenarioFiles new_scenario_text(const NewOptions& options);
int new_scenario(const NewOptions& options);

struct PopulationOptions {
    std::optional<std::string> file;    // a population file; the shipped tables when not given
    std::optional<int> year;            // picks a year column, or a shipped table
    std::optional<std::string> county;  // only this county's municipalities
    std::optional<std::string> find;    // a name or code to look up
    Format format = Format::table;      // table or csv (our code,name,population,year)
    std::optional<std::string> output;
    std::string data_dir;               // where the shipped tables are; empty: the default
};
int population(const PopulationOptions& options);

// The shipped tables in `data_dir`, population_norway_YYYY.csv, by year; an error when none.
std::map<int, std::string> shipped_tables(const std::string& data_dir);
// "46", "F-46", "6" → "46", "06"; a usage mistake otherwise.
std::string county_code(const std::string& county);
// The table's municipalities in the county (code's first two digits); an error when none.
PopulationTable in_county(PopulationTable table, const std::string& code);

// `spleis population fetch`: table 07459 for one year from Statistics Norway's API, checked
// against that year's municipal structure (the shipped tables) and written atomically with a
// sidecar FILE's stem + .SOURCES.md naming the source and the date of download.
struct FetchOptions {
    int year = 0;
    std::optional<std::string> county;
    std::string output;
    std::string url;        // empty: SPLEIS_SSB_URL, else Statistics Norway's own
    double timeout = 60;    // seconds for the whole download
    std::string data_dir;   // where the shipped tables are; empty: the default
};
int population_fetch(const FetchOptions& options);

// The folder of the shipped tables: `given` (--data) when not empty, else SPLEIS_DATA_DIR, else
// the installed share folder, else the folder the build was made for (data_dir.cpp).
std::string shipped_data_dir(const std::string& given);

}  // namespace spleis::cli

#pragma once
#include <optional>
#include <string>
#include <vector>

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

struct CalibrateOptions {
    std::string scenario;
    Format format = Format::table;  // table or json
    std::optional<std::string> output;
};
int calibrate(const CalibrateOptions& options);
int validate(const std::string& scenario);
int explain(const std::string& scenario, const std::string& member, Language lang);

}  // namespace spleis::cli

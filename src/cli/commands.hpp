#pragma once
#include <optional>
#include <string>

#include "spleis/report.hpp"

namespace spleis::cli {

struct RunOptions {
    std::string scenario;
    Format format = Format::table;
    std::optional<std::string> output;  // stdout when not given
};

int run(const RunOptions& options);
int validate(const std::string& scenario);

}  // namespace spleis::cli

#include "spleis/error.hpp"

#include <fmt/format.h>

namespace spleis {

std::string to_string(const Location& where) {
    if (where.line <= 0) return where.file;
    if (where.column <= 0) return fmt::format("{}:{}", where.file, where.line);
    return fmt::format("{}:{}:{}", where.file, where.line, where.column);
}

static std::string with_location(const Location& where, const std::string& message) {
    const std::string prefix = to_string(where);
    return prefix.empty() ? message : prefix + ": " + message;
}

Error::Error(ErrorKind kind, Location where, const std::string& message)
    : std::runtime_error(with_location(where, message)), kind_(kind), where_(std::move(where)), message_(message) {}

}  // namespace spleis

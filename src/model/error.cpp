#include "spleis/error.hpp"

#include <fmt/format.h>

namespace spleis {

std::string to_string(const Location& where) {
    if (where.file.empty()) return where.field;
    if (where.line <= 0) return where.file;
    if (where.column <= 0) return fmt::format("{}:{}", where.file, where.line);
    return fmt::format("{}:{}:{}", where.file, where.line, where.column);
}

const ErrorClass& error_class(ErrorKind kind) {
    // The C codes are spleis.h's SPLEIS_E_INPUT, SPLEIS_E_INFEASIBLE and SPLEIS_E_INTERNAL
    // (test_errors checks that they agree); the engine does not include the C header.
    static constexpr ErrorClass input{"bad_input", 1, 422, 200};
    static constexpr ErrorClass infeasible{"infeasible", 3, 422, 300};
    static constexpr ErrorClass output{"output", 4, 500, 900};  // the C API and the server write no files
    static constexpr ErrorClass internal{"internal", 70, 500, 900};
    switch (kind) {
        case ErrorKind::input: return input;
        case ErrorKind::infeasible: return infeasible;
        case ErrorKind::output: return output;
        case ErrorKind::internal: return internal;
    }
    return internal;
}

static std::string with_location(const Location& where, const std::string& message) {
    const std::string prefix = to_string(where);
    return prefix.empty() ? message : prefix + ": " + message;
}

Error::Error(ErrorKind kind, Location where, Text message)
    : std::runtime_error(with_location(where, message.en)), kind_(kind), where_(std::move(where)), message_(std::move(message)) {}

std::string Error::located(Language lang) const { return with_location(where_, message_.in(lang)); }

}  // namespace spleis

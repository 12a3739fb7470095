#pragma once
// One exception type for everything a user can get wrong. It is thrown by load and solve, and
// caught once in each shell (the CLI, the C API, the HTTP API), which turns its kind into that
// shell's answer with error_class().
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "spleis/language.hpp"

namespace spleis {

// Where a problem was found: in the user's files (lines and columns count from 1; 0 =
// unknown), or in a value a caller gave directly, named by its field in the what-if
// ("parameters.cap", "budget", "leave"; see spleis/changes.hpp).
struct Location {
    std::string file;
    int line = 0;
    int column = 0;
    std::string field;  // set instead of file for a value given in a what-if

    Location() = default;
    Location(std::string file_, int line_ = 0, int column_ = 0) : file(std::move(file_)), line(line_), column(column_) {}
    static Location of_field(std::string name) {
        Location where;
        where.field = std::move(name);
        return where;
    }
};

// "file:line:col" (or less, as far as known), or the field.
std::string to_string(const Location& where);

enum class ErrorKind {
    input,       // a file or a value the user wrote is wrong
    infeasible,  // the inputs are well-formed, but no allocation can meet them
    output,      // a report could not be written
    internal,    // a bug in spleis: the numbers did not add up
};

// What each shell answers for a kind of error: the one table of exit codes, HTTP statuses
// and C API codes (SPLEIS_E_INPUT, …; include/spleis/spleis.h).
struct ErrorClass {
    std::string_view name;  // "bad_input", "infeasible", "internal": the HTTP API's `class`
    int exit_code;          // the CLI's (docs/commands.md)
    int http_status;
    int c_status;
};
const ErrorClass& error_class(ErrorKind kind);

// A message in each language a person may read it in (made from the catalogue of phrases,
// src/model/phrases.hpp). A message not yet in the catalogue is English in all three.
struct Text {
    std::string en, nb, nn;
    const std::string& in(Language lang) const { return lang == Language::nb ? nb : lang == Language::nn ? nn : en; }
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, Location where, Text message);
    Error(ErrorKind kind, Location where, const std::string& message) : Error(kind, std::move(where), Text{message, message, message}) {}
    Error(Location where, const std::string& message) : Error(ErrorKind::input, std::move(where), message) {}
    Error(Location where, Text message) : Error(ErrorKind::input, std::move(where), std::move(message)) {}

    ErrorKind kind() const { return kind_; }
    const Location& where() const { return where_; }
    // The message without its location prefix, in English or in `lang`.
    const std::string& message(Language lang = Language::en) const { return message_.in(lang); }
    // The message with its location prefix (what() in English).
    std::string located(Language lang) const;

private:
    ErrorKind kind_;
    Location where_;
    Text message_;
};

}  // namespace spleis

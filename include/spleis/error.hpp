#pragma once
// One exception type for everything a user can get wrong. It is thrown by load and
// solve, and caught exactly twice: once in the CLI, once in the C API.
#include <stdexcept>
#include <string>

namespace spleis {

// Where in the user's files a problem was found. Lines and columns count from 1; 0 = unknown.
struct Location {
    std::string file;
    int line = 0;
    int column = 0;
};

// "file:line:col" (or less, as far as known).
std::string to_string(const Location& where);

enum class ErrorKind {
    input,       // a file or a value the user wrote is wrong
    infeasible,  // the inputs are well-formed, but no allocation can meet them
    output,      // a report could not be written
    internal,    // a bug in spleis: the numbers did not add up
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, Location where, const std::string& message);
    Error(Location where, const std::string& message) : Error(ErrorKind::input, std::move(where), message) {}

    ErrorKind kind() const { return kind_; }
    const Location& where() const { return where_; }
    // The message without its location prefix.
    const std::string& message() const { return message_; }

private:
    ErrorKind kind_;
    Location where_;
    std::string message_;
};

}  // namespace spleis

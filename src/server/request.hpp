#pragma once
// What a client asks, decoded from its JSON body before anything is solved: the what-if
// (spleis::Changes) and what each endpoint needs besides. Only the request's own syntax is
// checked here (JSON, types, known fields, lengths); the values of the what-if are checked by
// the engine's apply(), as every shell's are. No field is ever a path: nothing a request says
// is opened.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "spleis/changes.hpp"
#include "spleis/nok.hpp"

namespace spleis::server {

// The limits of one request; each is named in the error that enforces it.
inline constexpr std::size_t max_body_bytes = 64 * 1024;
inline constexpr std::size_t max_text_length = 200;      // an option's name, a member's code or name
inline constexpr std::size_t max_changed_items = 1000;   // funding, self-funded and leaving entries in one request
inline constexpr std::size_t max_sweep_points = 201;
inline constexpr std::size_t max_compared = 10;          // what-ifs compared in one request

// A request the server cannot read: HTTP 400, with the field at fault ("" for the whole body).
struct BadRequest {
    std::string field;
    std::string message;
};

struct SweepRequest {
    std::string name;                   // "cap", or "budget"
    std::optional<ParameterId> parameter;  // nothing for the budget
    double from = 0, to = 0;
    std::size_t points = 0;             // 2 to max_sweep_points, from and to included
};

struct Request {
    Changes changes;
    Language lang = Language::en;
    std::optional<std::string> member;   // explain: a code or a name
    std::optional<SweepRequest> sweep;   // sweep
    std::vector<Changes> compared;       // compare: what-ifs against the baseline (none: the options)
    std::string format;                  // report: csv, xlsx or json
    bool amounts_only = false;           // solve: "detail": "amounts", the members' amounts as lists, no names
};

// Which fields an endpoint takes besides the what-if.
enum class Endpoint { solve, compare, explain, sweep, report };

// Throws BadRequest. An empty body is an empty what-if.
Request decode_request(std::string_view body, Endpoint endpoint);

}  // namespace spleis::server

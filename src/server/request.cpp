#include "request.hpp"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace spleis::server {

namespace {

using Json = nlohmann::json;

[[noreturn]] void bad(std::string field, std::string message) { throw BadRequest{std::move(field), std::move(message)}; }

const char* type_name(const Json& v) {
    if (v.is_null()) return "null";
    if (v.is_boolean()) return "true or false";
    if (v.is_number()) return "a number";
    if (v.is_string()) return "a text";
    if (v.is_array()) return "a list";
    return "an object";
}

double number(const Json& v, const std::string& field) {
    if (!v.is_number()) bad(field, fmt::format("{} must be a number, got {}", field, type_name(v)));
    const double x = v.get<double>();
    if (!std::isfinite(x)) bad(field, fmt::format("{} must be a finite number", field));
    return x;
}

std::string text(const Json& v, const std::string& field) {
    if (!v.is_string()) bad(field, fmt::format("{} must be a text, got {}", field, type_name(v)));
    const std::string& s = v.get_ref<const std::string&>();
    if (s.size() > max_text_length) bad(field, fmt::format("{} is longer than {} bytes", field, max_text_length));
    return s;
}

const Json& object(const Json& v, const std::string& field) {
    if (!v.is_object()) bad(field, fmt::format("{} must be an object, got {}", field, type_name(v)));
    if (v.size() > max_changed_items) bad(field, fmt::format("{} has more than {} entries", field, max_changed_items));
    return v;
}

ParameterId parameter(const std::string& key, const std::string& field) {
    const std::optional<ParameterId> id = parameter_by_key(key.size() > max_text_length ? std::string_view{} : key);
    if (!id) bad(field, fmt::format("unknown parameter \"{}\"; the parameters are: {}", key.substr(0, max_text_length), parameter_keys()));
    return *id;
}

// Fields of a what-if; `extra` are the endpoint's own.
Changes decode_changes(const Json& body, const std::string& prefix, std::initializer_list<std::string_view> extra) {
    Changes c;
    for (const auto& [key, value] : object(body, prefix.empty() ? "the request" : prefix).items()) {
        const std::string field = prefix + key;
        if (key == "option") {
            c.option = text(value, field);
        } else if (key == "leave") {
            if (!value.is_array()) bad(field, fmt::format("{} must be a list of members (codes or names), got {}", field, type_name(value)));
            if (value.size() > max_changed_items) bad(field, fmt::format("{} has more than {} entries", field, max_changed_items));
            for (const Json& member : value) c.leave.push_back(text(member, field));
        } else if (key == "parameters") {
            // null: no cap (or floor), as `none` in a scenario file.
            for (const auto& [name, v] : object(value, field).items()) {
                const ParameterId id = parameter(name, field + "." + name);
                c.parameters.emplace_back(id, v.is_null() ? std::nullopt : std::optional(number(v, field + "." + name)));
            }
        } else if (key == "solve") {
            c.solve = parameter(text(value, field), field);
        } else if (key == "budget") {
            c.budget = number(value, field);
        } else if (key == "external_funding") {
            for (const auto& [name, v] : object(value, field).items())
                c.external_funding.emplace_back(text(name, field), number(v, field + "." + name));
        } else if (key == "self_funded") {
            for (const auto& [code, v] : object(value, field).items())
                c.self_funded.emplace_back(text(code, field), number(v, field + "." + code));
        } else if (key == "rounding_unit_ore") {
            c.rounding_unit_ore = number(value, field);
        } else if (std::find(extra.begin(), extra.end(), key) == extra.end()) {
            std::string known = "option, leave, parameters, solve, budget, external_funding, self_funded, rounding_unit_ore";
            for (std::string_view e : extra) known += fmt::format(", {}", e);
            bad(field, fmt::format("unknown field \"{}\"; the fields are: {}", field.substr(0, max_text_length), known));
        }
    }
    return c;
}

SweepRequest decode_sweep(const Json& v) {
    SweepRequest s;
    bool have_points = false, have_from = false, have_to = false;
    for (const auto& [key, value] : object(v, "sweep").items()) {
        const std::string field = "sweep." + key;
        if (key == "parameter") {
            s.name = text(value, field);
            if (s.name != "budget") s.parameter = parameter(s.name, field);
        } else if (key == "from") {
            s.from = number(value, field), have_from = true;
        } else if (key == "to") {
            s.to = number(value, field), have_to = true;
        } else if (key == "points") {
            const double n = number(value, field);
            if (n < 2 || n > static_cast<double>(max_sweep_points) || n != std::floor(n))
                bad(field, fmt::format("sweep.points must be a whole number from 2 to {} (the limit), got {}", max_sweep_points, n));
            s.points = static_cast<std::size_t>(n), have_points = true;
        } else {
            bad(field, fmt::format("unknown field \"{}\"; the fields are: parameter, from, to, points", field.substr(0, max_text_length)));
        }
    }
    if (s.name.empty()) bad("sweep.parameter", "sweep.parameter is missing: a parameter's name, or budget");
    if (!have_from || !have_to) bad("sweep", "sweep needs from and to");
    if (!have_points) bad("sweep.points", fmt::format("sweep.points is missing: 2 to {}", max_sweep_points));
    if (s.from < 0 || s.to < s.from) bad("sweep", fmt::format("sweep must go up from 0 or more: from {} to {}", s.from, s.to));
    return s;
}

}  // namespace

Request decode_request(std::string_view body, Endpoint endpoint) {
    if (body.size() > max_body_bytes) bad("", fmt::format("the request body is larger than the limit of {} bytes", max_body_bytes));
    Request r;
    // An empty body is an empty object, and checked as one: the sweep and explain endpoints
    // still need their fields (found by fuzz_request: an empty body reached *r.sweep).
    if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) body = "{}";
    Json json;
    try {
        // Depth is bounded by the body's size; nlohmann parses iteratively enough for 64 KiB.
        json = Json::parse(body);
    } catch (const Json::exception& e) {
        bad("", fmt::format("the request body is not JSON: {}", e.what()));
    }
    if (!json.is_object()) bad("", fmt::format("the request body must be a JSON object, got {}", type_name(json)));
    switch (endpoint) {
        case Endpoint::solve: r.changes = decode_changes(json, "", {"detail", "lang"}); break;
        case Endpoint::compare: r.changes = decode_changes(json, "", {"compare", "lang"}); break;
        case Endpoint::explain: r.changes = decode_changes(json, "", {"member", "lang"}); break;
        case Endpoint::sweep: r.changes = decode_changes(json, "", {"sweep", "lang"}); break;
        case Endpoint::report: r.changes = decode_changes(json, "", {"format", "lang"}); break;
    }
    if (json.contains("member")) r.member = text(json["member"], "member");
    if (json.contains("lang")) {
        const std::string lang = text(json["lang"], "lang");
        if (lang == "en") r.lang = Language::en;
        else if (lang == "nb") r.lang = Language::nb;
        else if (lang == "nn") r.lang = Language::nn;
        else bad("lang", fmt::format("lang must be en, nb or nn, got \"{}\"", lang));
    }
    if (json.contains("sweep")) r.sweep = decode_sweep(json["sweep"]);
    if (endpoint == Endpoint::sweep && !r.sweep) bad("sweep", "sweep is missing: {\"parameter\": \"cap\", \"from\": 300000, \"to\": 600000, \"points\": 31}");
    if (endpoint == Endpoint::explain && !r.member) bad("member", "member is missing: a municipality code (4630) or name (Osterøy)");
    if (json.contains("compare")) {
        const Json& list = json["compare"];
        if (!list.is_array()) bad("compare", fmt::format("compare must be a list of what-ifs, got {}", type_name(list)));
        if (list.size() > max_compared) bad("compare", fmt::format("compare takes at most {} what-ifs (the limit)", max_compared));
        for (std::size_t i = 0; i < list.size(); ++i)
            r.compared.push_back(decode_changes(list[i], fmt::format("compare[{}].", i), {}));
    }
    if (json.contains("detail")) {
        const std::string detail = text(json["detail"], "detail");
        if (detail != "full" && detail != "amounts") bad("detail", fmt::format("detail must be full or amounts, got \"{}\"", detail));
        r.amounts_only = detail == "amounts";
    }
    if (json.contains("format")) {
        r.format = text(json["format"], "format");
        if (r.format != "csv" && r.format != "xlsx" && r.format != "json" && r.format != "yaml" && r.format != "html")
            bad("format", fmt::format("format must be csv, xlsx, json, yaml or html, got \"{}\"", r.format));
    } else if (endpoint == Endpoint::report) {
        bad("format", "format is missing: csv, xlsx, json, yaml or html");
    }
    return r;
}

}  // namespace spleis::server

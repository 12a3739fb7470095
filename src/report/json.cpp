// Everything an Allocation holds, for programs: amounts both in kroner and in exact øre.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "spleis/json_document.hpp"
#include "json_text.hpp"
#include "spleis/report.hpp"
#include "spleis/xlsx_report.hpp"

namespace spleis {

namespace json {

void append_quoted(std::string& out, std::string_view text) {
    // Most texts (codes, keys, plain names) are ASCII that needs no escaping: quoted as they are.
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; })) {
        out += '"';
        out += text;
        out += '"';
        return;
    }
    // Bytes that are not UTF-8 (never in what the loader accepts) become U+FFFD, not an exception.
    out += Document(std::string(text)).dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
}

void append_number(std::string& out, double value) {
    if (std::isfinite(value)) fmt::format_to(std::back_inserter(out), "{}", value);
    else out += "null";
}

void append_integer(std::string& out, std::int64_t value) {
    const fmt::format_int digits(value);
    out.append(digits.data(), digits.size());
}

void append_kroner(std::string& out, Ore amount) {
    const Ore magnitude = amount < 0 ? -amount : amount;
    if (amount < 0) out += '-';
    append_integer(out, magnitude / ore_per_krone);
    out += '.';
    const auto ore = static_cast<char>(magnitude % ore_per_krone);
    out += static_cast<char>('0' + ore / 10);
    out += static_cast<char>('0' + ore % 10);
}

std::string quoted(std::string_view text) {
    std::string out;
    append_quoted(out, text);
    return out;
}

std::string number(double value) {
    std::string out;
    append_number(out, value);
    return out;
}

std::string kroner(Ore amount) {
    std::string out;
    append_kroner(out, amount);
    return out;
}

void put_amount(Document& object, const std::string& key, Ore amount) {
    object[key] = to_kroner(amount);
    object[key + "_ore"] = amount;
}

void put_amount(Document& object, const std::string& key, std::optional<Ore> amount) {
    if (amount) return put_amount(object, key, *amount);
    object[key] = nullptr;
    object[key + "_ore"] = nullptr;
}

namespace {

// Lists directly in the document or in one of its fields are written one item a line.
bool listed(Layout layout, int depth) { return layout == Layout::report && (depth == 1 || depth == 2); }

void write_value(const Document& value, Layout layout, int depth, std::string& out);

void write_object(const Document& object, Layout layout, int depth, std::string& out) {
    const bool lines = layout == Layout::report && depth == 0;
    const char* separator = layout == Layout::compact ? "," : lines ? ",\n  " : ", ";
    out += lines ? "{\n  " : "{";
    bool first = true;
    std::string ore_key;
    for (const auto& [key, item] : object.items()) {
        if (!first) out += separator;
        first = false;
        append_quoted(out, key);
        out += layout == Layout::compact ? ":" : ": ";
        // An amount in kroner is written from its exact øre, not from the double.
        auto ore = object.end();
        if (item.is_number_float()) ore = object.find(ore_key.assign(key).append("_ore"));
        if (ore != object.end() && ore->is_number_integer()) append_kroner(out, ore->get<Ore>());
        else write_value(item, layout, depth + 1, out);
    }
    out += lines ? "\n}" : "}";
}

void write_array(const Document& array, Layout layout, int depth, std::string& out) {
    const bool lines = listed(layout, depth);
    out += "[";
    bool first = true;
    for (const Document& item : array) {
        out += lines ? (first ? "\n    " : ",\n    ") : (first ? "" : layout == Layout::compact ? "," : ", ");
        first = false;
        write_value(item, layout, depth + 1, out);
    }
    out += lines ? "\n  ]" : "]";
}

void write_value(const Document& value, Layout layout, int depth, std::string& out) {
    switch (value.type()) {
        case Document::value_t::object: return write_object(value, layout, depth, out);
        case Document::value_t::array: return write_array(value, layout, depth, out);
        case Document::value_t::string: append_quoted(out, value.get_ref<const std::string&>()); return;
        case Document::value_t::number_float: append_number(out, value.get<double>()); return;
        // Written here rather than by dump(), which sets up a serializer for every number.
        case Document::value_t::number_integer: append_integer(out, value.get<std::int64_t>()); return;
        case Document::value_t::number_unsigned: fmt::format_to(std::back_inserter(out), "{}", value.get<std::uint64_t>()); return;
        case Document::value_t::boolean: out += value.get<bool>() ? "true" : "false"; return;
        case Document::value_t::null: out += "null"; return;
        default: out += value.dump(); return;
    }
}

}  // namespace

std::string write(const Document& document, Layout layout) {
    std::string out;
    write_value(document, layout, 0, out);
    return out;
}

Document allocation_document(const Allocation& a, Paths paths) {
    Document d = Document::object();
    d["title"] = a.title;
    if (paths == Paths::shown) d["scenario"] = a.scenario_file;
    d["year"] = a.year;
    d["model"] = a.model_name;
    d["rule"] = info(a.rule).key;
    d["population"] = paths == Paths::shown ? Document{{"file", a.population_file}, {"year", a.population_year}}
                                            : Document{{"year", a.population_year}};
    d["rounding_unit_ore"] = a.rounding_unit;
    if (a.solved)
        d["solved"] = {{"parameter", info(*a.solved).key},
                       {"value", at(a.parameters, *a.solved).value},
                       {"unit", unit_name(info(*a.solved).unit)}};
    else
        d["solved"] = nullptr;
    Document parameters = Document::array();
    for (std::size_t i = 0; i < parameter_count; ++i) {
        const Parameter& p = a.parameters[i];
        if (!p.given()) continue;
        const ParameterInfo& pi = info(static_cast<ParameterId>(i));
        parameters.push_back(
            {{"name", pi.key}, {"value", p.value}, {"unit", unit_name(pi.unit)}, {"solved", p.solved()}, {"source", p.source}});
    }
    d["parameters"] = std::move(parameters);
    if (!a.bands.empty()) {
        Document prices = Document::array();
        for (const Band& b : a.bands) {
            Document price = {{"from", b.from}, {"below", b.below ? Document(*b.below) : Document(nullptr)}};
            put_amount(price, "amount", b.amount);
            prices.push_back(std::move(price));
        }
        d["bands"] = {{"source", a.bands_source}, {"prices", std::move(prices)}};
    }
    if (a.shortfall) {
        Document shortfall = {{"rule", shortfall_key(*a.shortfall)}};
        put_amount(shortfall, "asked", a.asked_total);
        d["shortfall"] = std::move(shortfall);
    }
    Document members = Document::array();
    for (const MemberShare& m : a.members) {
        const double per_inhabitant =
            m.municipality.population > 0 ? to_kroner(m.amount) / static_cast<double>(m.municipality.population) : 0;
        Document member = {{"code", m.municipality.code}, {"name", m.municipality.name}, {"population", m.municipality.population}};
        put_amount(member, "amount", m.amount);
        member["amount_per_inhabitant"] = per_inhabitant;
        member["unrounded"] = m.limited;
        member["limit"] = limit_name(m.limit);
        if (a.shortfall) put_amount(member, "asked", m.asked);
        members.push_back(std::move(member));
    }
    d["members"] = std::move(members);
    Document funding = Document::array();
    for (const Funding& f : a.external_funding) {
        Document item = {{"name", f.name}};
        put_amount(item, "amount", f.amount);
        item["source"] = f.source;
        funding.push_back(std::move(item));
    }
    d["external_funding"] = std::move(funding);
    d["totals"] = totals_document(a);
    return d;
}

Document totals_document(const Allocation& a) {
    Document totals = Document::object();
    put_amount(totals, "members", a.members_total);
    put_amount(totals, "total", a.total);
    put_amount(totals, "budget", a.budget);
    return totals;
}

}  // namespace json

std::string render_json(const Allocation& a) { return json::write(json::allocation_document(a)) + "\n"; }

std::string_view format_name(Format format) {
    switch (format) {
        case Format::table: return "table";
        case Format::csv: return "csv";
        case Format::json: return "json";
        case Format::xlsx: return "xlsx";
        case Format::markdown: return "markdown";
        case Format::html: return "html";
    }
    return "";
}

std::string render(const Allocation& a, Format format, Language lang) {
    switch (format) {
        case Format::table: return render_table(a, lang);
        case Format::csv: return render_csv(a);
        case Format::json: return render_json(a);
        case Format::xlsx: return render_xlsx(a, lang);
        case Format::markdown: return render_markdown(a, lang);
        case Format::html: return render_html(a, lang);
    }
    return "";
}

}  // namespace spleis

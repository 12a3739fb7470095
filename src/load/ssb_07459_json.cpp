// Statistics Norway's answer to a PxWebApi query of table 07459 in JSON-stat 2 (json-stat.org,
// version 2.0): a cube whose dimensions are named in `id`, sized in `size`, and whose `value`
// array runs through them with the last dimension fastest. spleis asks for one year, persons,
// and no age or sex (PxWebApi then sums them), so only the regions vary. Everything else is
// checked rather than assumed: a changed table says what changed instead of giving wrong sums.
#include <cmath>
#include <cstdint>
#include <map>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "spleis/error.hpp"
#include "spleis/load.hpp"
#include "ssb_region.hpp"
#include "utf8.hpp"

namespace spleis {

namespace {

using nlohmann::json;

// The answer was a table spleis reads, and no longer is: nothing downloaded can be trusted.
[[noreturn]] void changed(const std::string& source, const std::string& what) {
    throw Error(Location{source}, fmt::format("Statistics Norway's answer does not have the layout of table 07459 that spleis "
                                              "knows ({}); nothing was written. Download the table by hand from "
                                              "https://www.ssb.no/en/statbank/table/07459 and read it with `spleis population "
                                              "FILE`",
                                              what));
}

const json& member(const json& object, const char* key, const std::string& source, const std::string& where) {
    if (!object.is_object() || !object.contains(key)) changed(source, fmt::format("{} has no \"{}\"", where, key));
    return object.at(key);
}

// A dimension's categories in their order: `index` is an object {code: position} or an array
// of codes; `label` gives each code its text.
struct Category {
    std::string code, label;
};
std::vector<Category> categories(const json& dimension, const std::string& name, const std::string& source) {
    const json& category = member(dimension, "category", source, "dimension " + name);
    std::vector<Category> out;
    if (category.contains("index")) {
        const json& index = category.at("index");
        if (index.is_array()) {
            for (const json& code : index) {
                if (!code.is_string()) changed(source, fmt::format("dimension {} has a code that is not text", name));
                out.push_back({code.get<std::string>(), ""});
            }
        } else if (index.is_object()) {
            out.resize(index.size());
            for (const auto& [code, position] : index.items()) {
                if (!position.is_number_unsigned() || position.get<std::size_t>() >= out.size() ||
                    !out[position.get<std::size_t>()].code.empty())
                    changed(source, fmt::format("dimension {} numbers its categories wrongly (\"{}\")", name, code));
                out[position.get<std::size_t>()].code = code;
            }
        } else {
            changed(source, fmt::format("dimension {} has an index that is neither a list nor an object", name));
        }
    }
    const json* labels = category.contains("label") ? &category.at("label") : nullptr;
    if (labels && !labels->is_object()) changed(source, fmt::format("dimension {} has labels that are not an object", name));
    if (out.empty() && labels)  // a single category may have only its label
        for (const auto& [code, text] : labels->items()) out.push_back({code, ""});
    for (Category& c : out)
        if (labels && labels->contains(c.code) && labels->at(c.code).is_string()) c.label = labels->at(c.code).get<std::string>();
    return out;
}

}  // namespace

SsbAnswer parse_ssb_07459_jsonstat(std::string_view text, const std::string& source, int year) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw Error(Location{source}, "Statistics Norway's answer is empty; nothing was written, try again later");
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        if (e.byte >= text.size())
            throw Error(Location{source}, fmt::format("Statistics Norway's answer ends in the middle, after {} bytes: it was cut "
                                                      "off on the way; nothing was written, try again",
                                                      text.size()));
        changed(source, fmt::format("not JSON: at byte {} of {}", e.byte, text.size()));
    } catch (const json::exception&) {  // a number too large for a double (out_of_range 406)
        changed(source, "not JSON that can be read: a number out of range");
    }
    if (!doc.is_object()) changed(source, "not a JSON-stat dataset");
    if (!doc.contains("class") || doc.at("class") != "dataset")
        changed(source, "not a JSON-stat 2 dataset: its \"class\" is not \"dataset\"");
    if (doc.contains("label") && doc.at("label").is_string()) {
        const std::string label = doc.at("label").get<std::string>();
        if (label.size() > 6 && label[5] == ':' && !label.starts_with("07459:"))
            changed(source, fmt::format("it is table \"{}\", not 07459", label));
        if (utf8::first_invalid(label) != std::string::npos) changed(source, "its title is not UTF-8");
    }

    const json& ids = member(doc, "id", source, "the dataset");
    const json& sizes = member(doc, "size", source, "the dataset");
    const json& dimensions = member(doc, "dimension", source, "the dataset");
    if (!ids.is_array() || !sizes.is_array() || ids.size() != sizes.size())
        changed(source, "its \"id\" and \"size\" do not match");
    std::size_t cells = 1, stride = 1, region_stride = 0;
    std::vector<Category> regions;
    bool has_year = false;
    for (std::size_t d = ids.size(); d-- > 0;) {
        if (!ids[d].is_string() || !sizes[d].is_number_unsigned()) changed(source, "its \"id\" or \"size\" is malformed");
        const std::string name = ids[d].get<std::string>();
        const std::size_t size = sizes[d].get<std::size_t>();
        const std::vector<Category> cats = categories(member(dimensions, name.c_str(), source, "the dataset's dimensions"), name, source);
        if (cats.size() != size)
            changed(source, fmt::format("dimension {} has {} categories but a size of {}", name, cats.size(), size));
        if (name == "Region") {
            regions = cats;
            region_stride = stride;
        } else if (size != 1) {
            changed(source, fmt::format("dimension {} has {} categories where spleis asked for one{}", name, size,
                                        name == "Alder" || name == "Kjonn" ? " (their sum)" : ""));
        } else if (name == "Tid") {
            if (cats[0].code != std::to_string(year))
                changed(source, fmt::format("it is for {}, not 1 January {}", cats[0].code, year));
            has_year = true;
        } else if (name == "ContentsCode") {
            if (cats[0].code != "Personer1")
                changed(source, fmt::format("it counts \"{}\" ({}), not persons (Personer1)", cats[0].label, cats[0].code));
        } else if (name != "Alder" && name != "Kjonn") {
            changed(source, fmt::format("it has a dimension {} (\"{}\") that table 07459 did not have", name, cats[0].label));
        }
        if (size != 0 && cells > SIZE_MAX / size) changed(source, "its size is absurd");
        cells *= size;
        stride *= size;
    }
    if (regions.empty()) changed(source, "it has no dimension Region, or no regions in it");
    if (!has_year) changed(source, "it has no dimension Tid (the year)");

    const json& values = member(doc, "value", source, "the dataset");
    const auto value_at = [&](std::size_t position) -> const json* {
        if (values.is_array()) return position < values.size() ? &values[position] : nullptr;
        if (values.is_object()) {  // sparse: {"position": value}
            const std::string key = std::to_string(position);
            return values.contains(key) ? &values.at(key) : nullptr;
        }
        return nullptr;
    };
    if (values.is_array() && values.size() != cells)
        changed(source, fmt::format("it has {} values for {} cells", values.size(), cells));
    if (!values.is_array() && !values.is_object()) changed(source, "its \"value\" is neither a list nor an object");

    SsbAnswer answer;
    answer.table.file = source;
    answer.table.year = year;
    answer.table.years = {year};
    answer.table.layout = "Statistics Norway table 07459, PxWebApi, JSON-stat 2";
    if (doc.contains("updated") && doc.at("updated").is_string()) answer.updated = doc.at("updated").get<std::string>();
    std::map<std::string, std::string> seen;  // code → its region's code as written
    for (std::size_t r = 0; r < regions.size(); ++r) {
        const Category& region = regions[r];
        if (utf8::first_invalid(region.label) != std::string::npos || utf8::first_invalid(region.code) != std::string::npos)
            changed(source, "a region's name is not UTF-8");
        const std::optional<std::string> code = ssb::municipal_code(region.code);
        // The label may repeat the code, as the CSV export writes it: "K-4601 Bergen".
        std::string name = ssb::trimmed(region.label);
        for (std::string prefix : {region.code + " ", (code ? *code : std::string("-")) + " "})
            if (name.starts_with(prefix)) name = ssb::trimmed(std::string_view(name).substr(prefix.size()));
        const std::string whose = code ? *code + " " + name : "\"" + region.code + " " + name + "\"";

        const json* value = value_at(r * region_stride);
        if (!value || value->is_null())
            throw Error(Location{source}, fmt::format("Statistics Norway gives no population for {} on 1 January {} (the "
                                                      "figure is missing or withheld); nothing was written",
                                                      whose, year));
        // 8183.0 is a whole number as JSON writes it; 7.5, 1e300 and "8183" are not populations.
        const bool whole_float = value->is_number_float() && std::isfinite(value->get<double>()) &&
                                 std::fabs(value->get<double>()) <= 1e15 && std::floor(value->get<double>()) == value->get<double>();
        if (!value->is_number_integer() && !whole_float)
            throw Error(Location{source}, fmt::format("the population of {} for 1 January {} must be a whole number of "
                                                      "inhabitants, got {}; nothing was written",
                                                      whose, year, value->dump().substr(0, 40)));
        const std::int64_t persons = whole_float ? static_cast<std::int64_t>(value->get<double>())
                                     : value->is_number_unsigned() && value->get<std::uint64_t>() > std::uint64_t(INT64_MAX)
                                         ? INT64_MAX
                                         : value->get<std::int64_t>();
        const bool country = region.code == "0";
        if (persons < 0 || persons > (country ? 100 * max_population : max_population))
            throw Error(Location{source}, fmt::format("the population of {} for 1 January {} is not believable: {}; nothing was "
                                                      "written",
                                                      whose, year, persons));
        if (country) {
            answer.national_total = persons;
            continue;
        }
        if (!code) {
            answer.table.left_out.push_back({region.code + " " + name, persons, 0, "not a municipality"});
            continue;
        }
        if (auto [it, inserted] = seen.emplace(*code, region.code); !inserted)
            throw Error(Location{source}, fmt::format("municipality {} appears twice in Statistics Norway's answer (as {} and {}); "
                                                      "nothing was written",
                                                      *code, it->second, region.code));
        if (persons == 0)
            answer.table.left_out.push_back({region.code + " " + name, 0, 0, fmt::format("no inhabitants on 1 January {}", year)});
        else
            answer.table.rows.push_back({*code, name, persons});
    }
    if (answer.table.rows.empty())
        throw Error(Location{source}, "Statistics Norway's answer holds no municipality with inhabitants; nothing was written");
    return answer;
}

}  // namespace spleis

#pragma once
// Reports take an Allocation and return bytes; writing them to disk is output_file.hpp's job.
#include <string>
#include <string_view>

#include "spleis/allocation.hpp"
#include "spleis/nok.hpp"
#include "spleis/scenario.hpp"

namespace spleis {

enum class Format { table, csv, json, xlsx, markdown, html };
std::string_view format_name(Format format);  // "table", "csv", …, as --format writes it

// For people: aligned columns, "261 906 kr", the solved parameter and the totals.
std::string render_table(const Allocation& allocation, Language lang = Language::en);
// For a council paper: the same as the table, as Markdown, or as an HTML page whose tables paste
// into Word or LibreOffice Writer as tables.
std::string render_markdown(const Allocation& allocation, Language lang = Language::en);
std::string render_html(const Allocation& allocation, Language lang = Language::en);
// For machines: one row per member, plain numbers, '.' as decimal mark, no thousands separators.
std::string render_csv(const Allocation& allocation);
// For machines: everything, including parameters with their sources and the totals.
std::string render_json(const Allocation& allocation);

std::string render(const Allocation& allocation, Format format, Language lang = Language::en);

// The scenario as a YAML file that `spleis run` reads back to the same amounts: its model
// written inline, its members by code, no options. `population_file` is written as the
// population table's path (relative to where the file is to be saved); `comment` (lines) at
// the top says where the file came from.
std::string render_scenario_yaml(const Scenario& scenario, std::string_view population_file, std::string_view comment);

// Number of characters as a terminal shows them (UTF-8 aware), for aligning columns.
std::size_t display_width(std::string_view text);

}  // namespace spleis

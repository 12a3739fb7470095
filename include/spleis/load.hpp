#pragma once
// Reading what users write: scenario and model YAML, population CSV. Every error names the
// file, and the line and column where it can be known.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "spleis/error.hpp"
#include "spleis/model.hpp"
#include "spleis/municipality.hpp"
#include "spleis/plan.hpp"
#include "spleis/scenario.hpp"

namespace spleis {

// The whole file as text; a clear error when it is missing, a directory or unreadable.
std::string read_text_file(const std::string& path, std::string_view what);

// A table with the columns code,name,population (and optionally year), comma-separated, UTF-8.
PopulationTable parse_population_csv(std::string_view text, const std::string& file_name);
PopulationTable load_population_csv(const std::string& path);

// A file that a scenario text names: its model file or its population table.
enum class FileKind { model, population };
struct FileRequest {
    FileKind kind;
    std::string written;   // as the text writes it
    std::string path;      // resolved against the folder the text's paths are relative to
    Location named_at;     // where the text names it
};
// How loading from text reaches the files the text names: parsing a text opens no file by
// itself, the shell that hands it the text says which files may be read. Returns the file's
// text, or nothing when there is no such file; throws Error when the file may not be read.
using FileReader = std::function<std::optional<std::string>(const FileRequest&)>;

// Any file the text names: for the CLI, whose user names their own scenario files.
FileReader read_any_file();
// Only files inside `folder`, by the words of the path (no absolute path, no `..` out of it),
// and only of their kind (.yaml or .yml for a model, .csv for a population table): for a text
// that comes from somewhere else. A refused file is never opened.
FileReader read_files_within(std::string folder);
// An export of Statistics Norway's StatBank table 07459 exactly as downloaded: UTF-8 or
// ISO-8859-1, `;`, TAB or `,`, an optional title line, one row per municipality (and age, and
// sex: summed), labels "K-4601 Bergen" or "4601 Bergen", one or more year columns ("Persons
// 2024", "Personer 2024"). `year` picks a column; without it the file must have only one.
bool is_ssb_export(std::string_view bytes);
PopulationTable parse_ssb_07459(std::string_view bytes, const std::string& file_name, std::optional<int> year);

// Statistics Norway's answer to a PxWebApi query of table 07459 in JSON-stat 2 for one year
// (persons, with sexes and ages summed by the API), as `spleis population fetch` asks for it:
// the municipalities, what was left out, the whole country's figure when the answer holds
// region "0", and when SSB last updated the table. Anything of another layout (another table,
// year or content, a dimension more, a value missing, a body cut off) is an Error naming
// `source` (the URL); nothing is guessed.
struct SsbAnswer {
    PopulationTable table;
    std::optional<std::int64_t> national_total;
    std::string updated;  // as SSB writes it, e.g. "2026-02-20T07:00:00Z"; may be empty
};
SsbAnswer parse_ssb_07459_jsonstat(std::string_view json, const std::string& source, int year);

// Either layout, told apart by content.
PopulationTable parse_population(std::string_view bytes, const std::string& file_name, std::optional<int> year = {});
PopulationTable load_population(const std::string& path, std::optional<int> year = {});

Model parse_model(std::string_view yaml, const std::string& file_name);
Model load_model(const std::string& path);

// Relative paths inside the scenario (model, population file) are resolved against base_dir,
// and the files are read through `read`.
Scenario parse_scenario(std::string_view yaml, const std::string& file_name, const std::string& base_dir,
                        const FileReader& read);
// A scenario file and any file it names (read_any_file()), relative to the scenario's folder.
Scenario load_scenario(const std::string& path);

// A scenario with one `year:` (a plan of one year) or with `years:` (a plan of several).
Plan parse_plan(std::string_view yaml, const std::string& file_name, const std::string& base_dir, const FileReader& read);
Plan load_plan(const std::string& path);

}  // namespace spleis

// Which files a scenario text may make spleis read. The loaders ask; the shell decides.
#include <filesystem>

#include <fmt/format.h>

#include "load_phrases.hpp"
#include "path.hpp"
#include "spleis/load.hpp"

namespace spleis {

namespace {
namespace fs = std::filesystem;

const Phrase& kind_words(FileKind kind) { return kind == FileKind::model ? phrase::model_file : phrase::population_file; }

std::optional<std::string> read_if_present(const std::string& path, FileKind kind) {
    std::error_code ec;
    if (!fs::exists(path_from_utf8(path), ec)) return std::nullopt;
    return read_text_file(path, kind_words(kind).en);
}

bool has_extension_of(const fs::path& path, FileKind kind) {
    std::string extension = utf8_from_path(path.extension());
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return kind == FileKind::model ? extension == ".yaml" || extension == ".yml" : extension == ".csv";
}

// By the words of the path alone: the text's author chooses the words, the folder's owner
// any links inside it.
bool lies_within(const fs::path& folder, const fs::path& path) {
    const fs::path relative = path.lexically_normal().lexically_relative(folder.lexically_normal());
    return !relative.empty() && !relative.is_absolute() && *relative.begin() != "..";
}
}  // namespace

FileReader read_any_file() {
    return [](const FileRequest& request) { return read_if_present(request.path, request.kind); };
}

FileReader read_files_within(std::string folder) {
    if (folder.empty()) folder = ".";
    return [folder = std::move(folder)](const FileRequest& request) -> std::optional<std::string> {
        const fs::path written = path_from_utf8(request.written);
        if (written.is_absolute() || written.has_root_name() || written.has_root_directory() ||
            !lies_within(path_from_utf8(folder), path_from_utf8(request.path)))
            throw Error(request.named_at,
                        say(phrase::outside_folder, say(kind_words(request.kind)), request.written, folder));
        if (!has_extension_of(written, request.kind))
            throw Error(request.named_at,
                        say(phrase::not_that_kind_of_file, say(kind_words(request.kind)), request.written,
                                       say(request.kind == FileKind::model ? phrase::a_yaml_file : phrase::a_csv_file)));
        return read_if_present(request.path, request.kind);
    };
}

}  // namespace spleis

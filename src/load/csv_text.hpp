#pragma once
// The pieces of CSV both population layouts share: lines (LF or CRLF) and fields, which may
// be quoted ("Nordreisa, Ráisa") with "" for a quote; spaces around a field are dropped.
#include <string>
#include <string_view>
#include <vector>

namespace spleis::csv {

inline std::vector<std::string> split_fields(std::string_view line, char delimiter) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') fields.back() += '"', ++i;
            else if (c == '"') quoted = false;
            else fields.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == delimiter) {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    for (std::string& f : fields) {
        const auto first = f.find_first_not_of(' ');
        f = first == std::string::npos ? "" : f.substr(first, f.find_last_not_of(' ') - first + 1);
    }
    return fields;
}

inline std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // CRLF from Windows
        lines.push_back(line);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

}  // namespace spleis::csv

#include "municipality_changes.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "csv_text.hpp"
#include "spleis/error.hpp"

namespace spleis {

std::vector<CodeChange> parse_municipality_changes(std::string_view text, const std::string& file) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    const std::vector<std::string_view> lines = csv::lines_of(text);
    if (lines.empty() || csv::split_fields(lines[0], ',') !=
                             std::vector<std::string>{"from_code", "from_name", "to_code", "to_name", "from_date", "kind"})
        throw Error(Location{file, 1}, "expected the header from_code,from_name,to_code,to_name,from_date,kind");
    std::vector<CodeChange> changes;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].empty()) continue;
        const std::vector<std::string> f = csv::split_fields(lines[i], ',');
        const Location at{file, static_cast<int>(i + 1)};
        if (f.size() != 6) throw Error(at, fmt::format("expected 6 fields like the header, found {}", f.size()));
        CodeChange c{f[0], f[1], f[2], f[3], 0, ChangeKind::renumber};
        if (f[4].size() != 10 || !f[4].ends_with("-01-01"))
            throw Error(at, fmt::format("from_date must be a 1 January like 2020-01-01, got \"{}\"", f[4]));
        c.year = std::stoi(f[4].substr(0, 4));
        if (f[5] == "merge") c.kind = ChangeKind::merge;
        else if (f[5] == "split") c.kind = ChangeKind::split;
        else if (f[5] != "renumber") throw Error(at, fmt::format("kind must be renumber, merge or split, got \"{}\"", f[5]));
        changes.push_back(std::move(c));
    }
    return changes;
}

std::optional<Successor> successor_in(const std::vector<CodeChange>& changes, const std::string& code,
                                      const PopulationTable& table) {
    const auto in_table = [&](const std::string& c) {
        return std::find_if(table.rows.begin(), table.rows.end(), [&](const Municipality& m) { return m.code == c; });
    };
    Successor result;
    std::set<std::string> reached;
    std::vector<std::string> frontier{code};
    bool first = true;
    // At most two reforms lie between any two tables; the bound keeps a cyclic file from looping.
    for (int round = 0; round < 8 && !frontier.empty(); ++round) {
        std::vector<std::string> next;
        for (const std::string& c : frontier) {
            if (!first && in_table(c) != table.rows.end()) {
                reached.insert(c);
                continue;
            }
            bool changed = false;
            for (const CodeChange& change : changes) {
                if (change.from_code != c) continue;
                changed = true;
                next.push_back(change.to_code);
                if (!first) continue;
                result.year = change.year;
                result.from_name = change.from_name;
                if (change.kind == ChangeKind::split) result.split = true;
                if (change.kind == ChangeKind::renumber) result.how = "renumbered";
                if (change.kind == ChangeKind::merge) {
                    std::string with;
                    for (const CodeChange& other : changes)
                        if (other.to_code == change.to_code && other.from_code != c && other.year == change.year)
                            with += fmt::format("{}{}{} {}", with.empty() ? "" : ", ",
                                                other.kind == ChangeKind::split ? "part of " : "", other.from_code,
                                                other.from_name);
                    result.how = with.empty() ? "merged" : "merged with " + with;
                }
            }
            if (!changed && !first) return std::nullopt;  // a code the reforms do not lead into the table
        }
        if (first && next.empty()) return std::nullopt;
        first = false;
        frontier = std::move(next);
    }
    if (reached.empty()) return std::nullopt;
    for (const std::string& c : reached) result.parts.push_back(*in_table(c));
    if (result.split) {
        std::string parts;
        for (const Municipality& m : result.parts) parts += fmt::format("{}{} {}", parts.empty() ? "" : " and ", m.code, m.name);
        result.how = "split between " + parts;
    }
    return result;
}

}  // namespace spleis

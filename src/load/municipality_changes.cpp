#include "municipality_changes.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "csv_text.hpp"
#include "load_phrases.hpp"
#include "spleis/error.hpp"

namespace spleis {

std::vector<CodeChange> parse_municipality_changes(std::string_view text, const std::string& file) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    const std::vector<std::string_view> lines = csv::lines_of(text);
    if (lines.empty() || csv::split_fields(lines[0], ',') !=
                             std::vector<std::string>{"from_code", "from_name", "to_code", "to_name", "from_date", "kind"})
        throw Error(Location{file, 1}, say(phrase::changes_header));
    std::vector<CodeChange> changes;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].empty()) continue;
        const std::vector<std::string> f = csv::split_fields(lines[i], ',');
        const Location at{file, static_cast<int>(i + 1)};
        if (f.size() != 6) throw Error(at, say(phrase::field_count, 6, f.size()));
        CodeChange c{f[0], f[1], f[2], f[3], 0, ChangeKind::renumber};
        if (f[4].size() != 10 || !f[4].ends_with("-01-01"))
            throw Error(at, say(phrase::from_date_like, f[4]));
        c.year = std::stoi(f[4].substr(0, 4));
        if (f[5] == "merge") c.kind = ChangeKind::merge;
        else if (f[5] == "split") c.kind = ChangeKind::split;
        else if (f[5] != "renumber") throw Error(at, say(phrase::change_kind_like, f[5]));
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
                if (change.kind == ChangeKind::renumber) result.how = say(phrase::renumbered);
                if (change.kind == ChangeKind::merge) {
                    Text with;
                    for (const CodeChange& other : changes)
                        if (other.to_code == change.to_code && other.from_code != c && other.year == change.year) {
                            if (!with.en.empty()) with = with + as_is(", ");
                            with = with + (other.kind == ChangeKind::split
                                               ? say(phrase::part_of, other.from_code, other.from_name)
                                               : as_is(fmt::format("{} {}", other.from_code, other.from_name)));
                        }
                    result.how = with.en.empty() ? say(phrase::merged) : ending_in(phrase::merged_with, with);
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
    if (result.split) result.how = ending_in(phrase::split_between, parts_named(result.parts));
    return result;
}

Text parts_named(const std::vector<Municipality>& parts) {
    std::vector<std::string> named;
    for (const Municipality& m : parts) named.push_back(fmt::format("{} {}", m.code, m.name));
    return between_each(named, phrase::word_and);
}

}  // namespace spleis

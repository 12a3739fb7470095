#include "yaml_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <numeric>

#include <fmt/format.h>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <sstream>

#include "load_phrases.hpp"
#include "spleis/member_lookup.hpp"
#include "utf8.hpp"

namespace spleis::yaml {

Location where(const std::string& file, const YAML::Node& node) {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null()) return {file};
    return {file, mark.line + 1, mark.column + 1};
}

void fail(const std::string& file, const YAML::Node& node, const std::string& message) {
    throw Error(where(file, node), message);
}

void fail(const std::string& file, const YAML::Node& node, const Text& message) { throw Error(where(file, node), message); }

namespace {
Location location_of(const std::string& file, std::string_view text, std::size_t offset) {
    const std::string_view before = text.substr(0, offset);
    const std::size_t line_start = before.rfind('\n') + 1;  // npos + 1 == 0 on the first line
    return {file, static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1,
            static_cast<int>(offset - line_start) + 1};
}

// A spreadsheet or PDF given by mistake is named as such; its first odd byte is no help.
void check_is_text(std::string_view text, const std::string& file) {
    if (text.find('\0') != std::string_view::npos)
        throw Error(Location{file}, say(phrase::yaml_binary));
    if (const std::size_t at = utf8::first_invalid(text); at != std::string_view::npos)
        throw Error(location_of(file, text, at), say(phrase::yaml_not_utf8));
    const auto control = std::find_if(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
    });
    if (control != text.end())
        throw Error(location_of(file, text, static_cast<std::size_t>(control - text.begin())),
                    say(phrase::yaml_control_character, static_cast<unsigned char>(*control)));
}

// yaml-cpp's messages are terse; say what usually causes each.
Text hint(const std::string& message, std::string_view text, const YAML::Mark& mark) {
    if (!mark.is_null() && mark.line >= 0) {
        std::string_view line = text;
        for (int i = 0; i < mark.line && !line.empty(); ++i) {
            const std::size_t next = line.find('\n');
            line = next == std::string_view::npos ? std::string_view() : line.substr(next + 1);
        }
        line = line.substr(0, line.find('\n'));
        if (line.substr(0, line.find_first_not_of(" \t")).find('\t') != std::string_view::npos)
            return say(phrase::hint_tab);
    }
    if (message == "end of sequence flow not found") return say(phrase::hint_list_open);
    if (message == "end of map flow not found") return say(phrase::hint_mapping_open);
    if (message == "illegal map value" || message == "end of map not found" || message == "end of sequence not found")
        return say(phrase::hint_indentation);
    if (message.starts_with("unknown escape character")) return say(phrase::hint_escape);
    return {};
}

// What yaml-cpp lets through in a text: a quoted text never closed, which swallows the rest of
// the file so that the user would hear about missing keys instead; and escapes that give
// invalid UTF-8 (yaml-cpp writes `\_` and `\N` as single Latin-1 bytes) or control characters
// (`\e`, `\x01`), which would reach terminals and reports. Checked on the parsed tree (it keeps
// each scalar's mark), in document order so the first problem is the one reported; walking the
// tree, not parsing the text a second time, halves what loading a file costs. (Aliases, which
// the tree would visit once per path, are refused before it is built: see below.)
class ScalarCheck {
public:
    explicit ScalarCheck(std::string_view text) : text_(text) {}
    std::optional<YAML::Mark> where;
    Text problem;

    void visit(const YAML::Node& node) {
        if (where) return;
        switch (node.Type()) {
            case YAML::NodeType::Scalar: scalar(node.Mark(), node.Scalar()); break;
            case YAML::NodeType::Sequence:
                for (const YAML::Node& item : node) visit(item);
                break;
            case YAML::NodeType::Map:
                for (const auto& entry : node) {
                    visit(entry.first);
                    visit(entry.second);
                }
                break;
            default: break;
        }
    }

private:
    void scalar(const YAML::Mark& mark, const std::string& value) {
        const auto start = static_cast<std::size_t>(mark.pos);
        if (mark.pos >= 0 && start < text_.size() && (text_[start] == '"' || text_[start] == '\'') && !closed(start)) {
            where = mark;
            problem = say(phrase::yaml_never_closed, text_[start]);
        } else if (utf8::first_invalid(value) != std::string_view::npos || has_control_character(value)) {
            where = mark;
            problem = say(phrase::yaml_unprintable_escape);
        }
    }

private:
    bool closed(std::size_t start) const {
        const char quote = text_[start];
        for (std::size_t i = start + 1; i < text_.size(); ++i) {
            if (quote == '"' && text_[i] == '\\') ++i;
            else if (quote == '\'' && text_[i] == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') ++i;
            else if (text_[i] == quote) return true;
        }
        return false;
    }
    // Tabs and line breaks are text; other C0 and C1 controls steer terminals.
    static bool has_control_character(std::string_view value) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            const auto c = static_cast<unsigned char>(value[i]);
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) return true;
            if (c == 0xC2 && i + 1 < value.size() && static_cast<unsigned char>(value[i + 1]) < 0xA0) return true;
        }
        return false;
    }

private:
    std::string_view text_;
};

// Aliases are refused where they stand. The node tree that yaml-cpp builds shares an aliased
// node, and every walk over it (the checks below, the loaders, `Map`) visits it once per path to
// it: nine aliases of nine aliases of ... ("billion laughs") cost 9^depth steps for a few hundred
// bytes of text. No scenario or model needs them, so the parser's events, which meet each alias
// once, find the first one before any tree is built. Only texts holding a `*` need that pass.
class AliasFinder : public YAML::EventHandler {
public:
    std::optional<YAML::Mark> alias;
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        if (!alias) alias = mark;
    }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

std::optional<YAML::Mark> first_alias(std::string_view text) {
    if (text.find('*') == std::string_view::npos) return std::nullopt;
    std::istringstream in{std::string(text)};
    YAML::Parser parser(in);
    AliasFinder finder;
    parser.HandleNextDocument(finder);
    return finder.alias;
}

// `*name` as written, for the message.
std::string alias_name(std::string_view text, const YAML::Mark& mark) {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text.size()) return "*";
    const std::string_view rest = text.substr(static_cast<std::size_t>(mark.pos));
    const std::size_t end = std::min<std::size_t>(rest.find_first_of(" \t\r\n,[]{}"), 64);
    return utf8::printable(std::string(rest.substr(0, end)));
}
}  // namespace

YAML::Node parse(std::string_view text, const std::string& file) {
    // yaml-cpp would decode these itself, but passes on what is not valid in them as invalid UTF-8.
    if (const std::string_view encoding = utf8::wide_encoding(text); !encoding.empty())
        throw Error(Location{file}, say(phrase::saved_as_unicode, encoding));
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // yaml-cpp's lines and columns start after it
    check_is_text(text, file);
    const auto at = [&](const YAML::Mark& mark) {
        return mark.is_null() ? Location{file} : Location{file, mark.line + 1, mark.column + 1};
    };
    try {
        if (const auto alias = first_alias(text))
            throw Error(at(*alias), say(phrase::yaml_alias, alias_name(text, *alias)));
        YAML::Node root = YAML::Load(std::string(text));
        ScalarCheck check(text);
        check.visit(root);
        if (check.where) throw Error(at(*check.where), check.problem);
        return root;
    } catch (const YAML::DeepRecursion& e) {
        throw Error(at(e.mark), say(phrase::yaml_too_deep));
    } catch (const YAML::Exception& e) {
        // yaml-cpp's own words stay English; the hint is ours.
        throw Error(at(e.mark), ending_in(phrase::yaml_invalid, hint(e.msg, text, e.mark), utf8::printable(e.msg)));
    }
}

namespace {
Text shown(const YAML::Node& node) {
    if (node.IsScalar()) return say(phrase::quoted, node.Scalar());
    if (node.IsSequence()) return say(phrase::a_list);
    if (node.IsMap()) return say(phrase::a_mapping);
    return say(phrase::nothing);
}

bool all_digits(std::string_view t) {
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string lowercase(std::string_view s) {
    std::string l(s);
    for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return l;
}

// "6,4" (millions with a decimal comma), "6.400.000" (dots between thousands), "1,8 mill":
// a person means 6 400 000 kr; a parser would read 6 kr or nothing. Refused with what to
// write instead, never guessed. `s` is the text without spaces and underscores.
void refuse_misread_amount(const std::string& file, const YAML::Node& node, std::string_view key, const std::string& s) {
    const std::string written = node.Scalar();
    const std::string lower = lowercase(s);
    for (std::string_view word : {"mnok", "mill", "mrd", "milliard", "million", "mio", "tusen", "k"})
        if (lower.size() > word.size() && lower.ends_with(word) &&
            std::isdigit(static_cast<unsigned char>(lower[lower.size() - word.size() - 1])))
            fail(file, node, say(phrase::amount_in_words, key, written));
    if (lower.ends_with("kr") || lower.ends_with("nok"))
        fail(file, node, say(phrase::amount_with_kr, key, written));
    if (const auto comma = s.find(','); comma != std::string::npos) {
        const std::string before = s.substr(0, comma), after = s.substr(comma + 1);
        if (all_digits(before) && all_digits(after) && after.find(',') == std::string::npos) {
            if (after.size() == 3)
                fail(file, node, say(phrase::comma_two_ways, key, written, before, after, before, after.substr(0, 2), before,
                                     after, before, after.substr(0, 2)));
            const std::string kroner = written.substr(0, written.find(','));
            const std::string ore = (after + "0").substr(0, 2);
            if (kroner != before)  // "1 000 000,50": the groups show the comma is a decimal comma
                fail(file, node, say(phrase::decimal_comma_after_groups, key, written, kroner, ore));
            fail(file, node, say(phrase::decimal_comma_amount, key, written, before, ore, before, ore));
        }
        fail(file, node, say(phrase::amount_commas, key, written));
    }
    if (std::count(s.begin(), s.end(), '.') > 1)
        fail(file, node, say(phrase::amount_points, key, written));
    if (const auto point = s.find('.'); point != std::string::npos && s.size() - point - 1 == 3 && s == written)
        fail(file, node, say(phrase::point_two_ways, key, written, s.substr(0, point), s.substr(point + 1), s.substr(0, point),
                             s.substr(point + 1, 2), s.substr(0, point), s.substr(point + 1), s.substr(0, point),
                             s.substr(point + 1, 2)));
}

std::string strip_digit_groups(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '_') out += c;
    return out;
}
}  // namespace

std::optional<std::string_view> did_you_mean(std::string_view word, std::initializer_list<std::string_view> candidates) {
    std::optional<std::string_view> best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (std::string_view c : candidates) {
        const std::size_t d = edit_distance(word, c);
        if (d < best_distance) best = c, best_distance = d;
    }
    return best;
}

Map::Map(const std::string& file, const YAML::Node& node, Text what, std::initializer_list<std::string_view> allowed)
    : file_(file), node_(node), what_(std::move(what)) {
    if (node.IsNull()) {
        // An empty file, a file of comments, or `population:` with nothing under it.
        std::string keys;
        for (std::size_t i = 0; i < std::min<std::size_t>(allowed.size(), 3); ++i)
            keys += fmt::format("{}`{}: …`", i ? ", " : "", allowed.begin()[i]);
        fail(file, node, say(phrase::mapping_empty, what_, keys));
    }
    if (!node.IsMap()) fail(file, node, say(phrase::not_a_mapping, what_, shown(node)));
    std::map<std::string, int> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const std::string key = it->first.Scalar();
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            Text message = ending_in(phrase::unknown_key, what_, key);
            if (auto hint = did_you_mean(key, allowed)) message = message + say(phrase::did_you_mean_key, *hint);
            else {
                std::string list;
                for (std::string_view k : allowed) list += (list.empty() ? "" : ", ") + std::string(k);
                message = message + say(phrase::known_keys, list);
            }
            fail(file, it->first, message);
        }
        if (auto [previous, inserted] = seen.emplace(key, it->first.Mark().line + 1); !inserted)
            fail(file, it->first, say(phrase::key_twice, key, what_, previous->second));
    }
}

std::optional<YAML::Node> Map::find(std::string_view key) const {
    for (auto it = node_.begin(); it != node_.end(); ++it)
        if (it->first.Scalar() == key) return it->second;
    return std::nullopt;
}

YAML::Node Map::required(std::string_view key) const {
    if (auto value = find(key)) return *value;
    fail(file_, node_, say(phrase::needs_key, what_, key));
}

std::string text(const std::string& file, const YAML::Node& node, std::string_view key) {
    if (!node.IsScalar()) fail(file, node, ending_in(phrase::must_be_text, shown(node), key));
    // Folded YAML text (`>`) ends in a newline that nobody means.
    const std::string& s = node.Scalar();
    const auto first = s.find_first_not_of(" \n\t");
    return first == std::string::npos ? "" : s.substr(first, s.find_last_not_of(" \n\t") - first + 1);
}

Ore amount(const std::string& file, const YAML::Node& node, std::string_view key) {
    // "{key} must be …, got {the value as written}"
    const auto bad = [&](const Phrase& must_be) { fail(file, node, ending_in(must_be, shown(node), key)); };
    if (!node.IsScalar()) bad(phrase::must_be_amount);
    const std::string s = strip_digit_groups(node.Scalar());
    if (!s.empty() && s[0] == '-') bad(phrase::negative_amount);
    const std::string lower = [&] { std::string l = s; for (char& c : l) c = static_cast<char>(std::tolower(c)); return l; }();
    if (lower.find("nan") != std::string::npos || lower.find("inf") != std::string::npos)
        bad(phrase::must_be_finite_amount);
    refuse_misread_amount(file, node, key, s);
    const auto point = s.find('.');
    const std::string whole = s.substr(0, point);
    const std::string ore = point == std::string::npos ? "" : s.substr(point + 1);
    const auto all_digits = [](const std::string& t) { return std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }); };
    if (whole.empty() || !all_digits(whole) || !all_digits(ore))
        bad(phrase::must_be_amount_like);
    if (ore.size() > 2) bad(phrase::not_whole_ore);
    const std::size_t significant = whole.size() - std::min(whole.find_first_not_of('0'), whole.size());
    if (significant > 13) bad(phrase::amount_too_large);
    Ore value = 0;
    std::from_chars(whole.data(), whole.data() + whole.size(), value);
    value = value * ore_per_krone + (ore.empty() ? 0 : std::stoll(ore) * (ore.size() == 1 ? 10 : 1));
    if (value > max_amount_ore) bad(phrase::amount_too_large);
    return value;
}

double number(const std::string& file, const YAML::Node& node, std::string_view key, bool part_of_whole) {
    // "{key} must be …, got {the value as written}"
    const auto bad = [&](const Phrase& must_be) { fail(file, node, ending_in(must_be, shown(node), key)); };
    if (!node.IsScalar()) bad(phrase::must_be_number);
    std::string s = strip_digit_groups(node.Scalar());
    double scale = 1;
    if (!s.empty() && s.back() == '%') s.pop_back(), scale = 0.01;
    const auto parse = [&](std::string_view t) {
        double v = 0;
        auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
        if (ec != std::errc() || end != t.data() + t.size() || t.empty()) bad(phrase::must_be_number_like);
        return v;
    };
    if (const auto comma = s.find(','); comma != std::string::npos) {
        std::string point = s;
        point[comma] = '.';
        fail(file, node, say(phrase::number_decimal_comma, key, node.Scalar(), point, scale == 1 ? "" : " %"));
    }
    double value = 0;
    if (auto slash = s.find('/'); slash != std::string::npos) {
        const double numerator = parse(std::string_view(s).substr(0, slash));
        const double denominator = parse(std::string_view(s).substr(slash + 1));
        if (denominator == 0) bad(phrase::zero_denominator);
        // "40/60" is how people write a split of 40 % and 60 %; as a fraction it is 2/3.
        if (scale == 1 && numerator > 0 && denominator > 0 && numerator + denominator == 100 &&
            numerator == std::floor(numerator)) {
            const auto divisor = std::gcd(static_cast<long long>(numerator), static_cast<long long>(denominator));
            fail(file, node,
                 say(phrase::split_or_fraction, key, node.Scalar(), numerator, denominator, numerator, denominator,
                     static_cast<long long>(numerator) / divisor, static_cast<long long>(denominator) / divisor,
                     100 * numerator / denominator, numerator, static_cast<long long>(numerator) / divisor,
                     static_cast<long long>(denominator) / divisor));
        }
        value = numerator / denominator;
    } else {
        value = parse(s);
    }
    if (part_of_whole && scale != 1 && value > 100)
        fail(file, node, say(phrase::part_above_whole, key, node.Scalar()));
    value *= scale;
    if (!std::isfinite(value)) bad(phrase::not_finite);
    if (value < 0) bad(phrase::negative_number);
    if (value > 1e12) bad(phrase::number_too_large);
    return value;
}

std::int64_t whole_number(const std::string& file, const YAML::Node& node, std::string_view key) {
    const std::string s = node.IsScalar() ? strip_digit_groups(node.Scalar()) : "";
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (!node.IsScalar() || s.empty() || ec != std::errc() || end != s.data() + s.size())
        fail(file, node, ending_in(phrase::must_be_whole_number, shown(node), key));
    return value;
}

std::vector<YAML::Node> sequence(const std::string& file, const YAML::Node& node, std::string_view key) {
    if (!node.IsSequence()) fail(file, node, ending_in(phrase::must_be_list, shown(node), key));
    return {node.begin(), node.end()};
}

}  // namespace spleis::yaml

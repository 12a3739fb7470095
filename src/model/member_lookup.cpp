#include "spleis/member_lookup.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include <fmt/format.h>

#include "list_text.hpp"
#include "phrases.hpp"

namespace spleis {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

namespace {

// The lower-case form of a letter of Latin Extended-A (U+0100 to U+017F), where the Sami
// letters Č Đ Ŋ Š Ŧ Ž live: upper and lower case alternate, in pairs that start on an even
// code point except in U+0139–U+0148 and U+0179–U+017E.
char32_t lower_extended_a(char32_t c) {
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c | 1;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return c + (c & 1);
    return c;
}

// Lower case for ASCII, for the Latin-1 letters of Norwegian and Sami names (Æ Ø Å Á …,
// U+00C0 to U+00DE, two bytes C3 80–9E in UTF-8) and for Latin Extended-A (Č Đ Ŋ Š Ŧ Ž, lead
// bytes C4 and C5); spaces collapsed.
std::string folded(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == 0xC3 && i + 1 < s.size()) {
            auto next = static_cast<unsigned char>(s[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) next = static_cast<unsigned char>(next + 0x20);
            out += static_cast<char>(c);
            out += static_cast<char>(next);
            ++i;
        } else if ((c == 0xC4 || c == 0xC5) && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
            const char32_t lower = lower_extended_a(char32_t(c & 0x1F) << 6 | (static_cast<unsigned char>(s[i + 1]) & 0x3F));
            out += static_cast<char>(0xC0 | (lower >> 6));
            out += static_cast<char>(0x80 | (lower & 0x3F));
            ++i;
        } else if (c == ' ' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += static_cast<char>(std::tolower(c));
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    for (std::string_view suffix : {" kommune", " herad"})
        if (out.size() > suffix.size() && out.ends_with(suffix)) out.resize(out.size() - suffix.size());
    return out;
}

// The forms a municipality may be called by: its full name, without the county that tells
// two apart ("Herøy (Nordland)" → "herøy"), and each language's form ("Hábmer - Hamarøy").
std::vector<std::string> names_of(const Municipality& m) {
    std::vector<std::string> names{folded(m.name)};
    std::string plain = names.front();
    if (const auto paren = plain.find(" ("); paren != std::string::npos && plain.ends_with(")")) {
        plain.resize(paren);
        names.push_back(plain);
    }
    for (std::size_t start = 0;;) {
        const auto dash = plain.find(" - ", start);
        const std::string part = plain.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
        if (part != plain) names.push_back(part);
        if (dash == std::string::npos) break;
        start = dash + 3;
    }
    return names;
}

// "4646 Fjaler or 4647 Sunnfjord", the last word in each language.
Text listed(const std::vector<Municipality>& rows, const std::vector<std::size_t>& found, const Phrase& last_word) {
    std::vector<std::string> texts;
    for (std::size_t k : found) texts.push_back(fmt::format("{} {}", rows[k].code, rows[k].name));
    return {joined(texts, fmt::format(" {} ", last_word.en)), joined(texts, fmt::format(" {} ", last_word.nb)),
            joined(texts, fmt::format(" {} ", last_word.nn))};
}


// Without the marks that a keyboard without Norwegian letters drops (å → a, ø → o, æ → ae,
// á → a), for "did you mean": "Fla" is one step from nothing but Flå.
std::string plain_letters(std::string_view folded_name) {
    std::string out;
    for (std::size_t i = 0; i < folded_name.size(); ++i) {
        const auto c = static_cast<unsigned char>(folded_name[i]);
        if (c == 0xC3 && i + 1 < folded_name.size()) {
            const auto next = static_cast<unsigned char>(folded_name[++i]);
            if (next == 0xA6) out += "ae";
            else if (next == 0xB8 || (next >= 0xB2 && next <= 0xB6)) out += 'o';
            else if (next >= 0xA0 && next <= 0xA5) out += 'a';
            else if (next >= 0xA8 && next <= 0xAB) out += 'e';
            else if (next >= 0xAC && next <= 0xAF) out += 'i';
            else if (next >= 0xB9 && next <= 0xBC) out += 'u';
            else out += static_cast<char>(c), out += static_cast<char>(next);
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

bool is_code(std::string_view s) {
    return !s.empty() && s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

MunicipalityLookup find_municipality(const std::vector<Municipality>& rows, std::string_view written, std::string_view in) {
    return find_municipality(rows, written, Text{std::string(in), std::string(in), std::string(in)});
}

Text in_this_scenario() { return say(phrase::in_this_scenario); }
Text in_scenario_members() { return say(phrase::in_scenario_members); }
Text in_population_file(std::string_view file) { return say(phrase::in_population_file, file); }

MunicipalityLookup find_municipality(const std::vector<Municipality>& rows, std::string_view written, const Text& in) {
    std::string trimmed(written);
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
    while (!trimmed.empty() && trimmed.front() == ' ') trimmed.erase(0, 1);
    if (trimmed.size() > 4 && std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return {std::nullopt, say(phrase::code_four_digits, trimmed)};
    std::vector<std::size_t> nearest;
    std::size_t best = 0;
    const auto consider = [&](std::size_t i, std::size_t distance) {
        if (nearest.empty() || distance < best) nearest.assign(1, i), best = distance;
        else if (distance == best && nearest.back() != i) nearest.push_back(i);
    };
    if (is_code(trimmed)) {
        std::string code = trimmed;
        code.insert(0, 4 - code.size(), '0');
        // The nearest codes by number: a typo in the last digit, or a code of the same county.
        std::optional<std::size_t> below, above;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].code == code) return {i, {}};
            if (rows[i].code < code && (!below || rows[i].code > rows[*below].code)) below = i;
            if (rows[i].code > code && (!above || rows[i].code < rows[*above].code)) above = i;
        }
        for (const auto& near : {below, above})
            if (near && std::abs(std::stoi(rows[*near].code) - std::stoi(code)) <= 10) nearest.push_back(*near);
        Text problem = ending_in(phrase::code_not_in, in, code);
        if (!nearest.empty()) problem = problem + ending_in(phrase::did_you_mean, listed(rows, nearest, phrase::word_or));
        return {std::nullopt, problem};
    }
    const std::string wanted = folded(trimmed);
    const std::string wanted_plain = plain_letters(wanted);
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::size_t closest = std::string::npos;
        for (const std::string& name : names_of(rows[i])) {
            if (name == wanted) closest = 0;
            else closest = std::min(closest, 1 + edit_distance(wanted_plain, plain_letters(name)));
        }
        if (closest == 0) found.push_back(i);
        else consider(i, closest);
    }
    if (found.size() == 1) return {found.front(), {}};
    if (found.size() > 1) {
        const Text several = listed(rows, found, phrase::word_and);
        return {std::nullopt, Text{fmt::format(fmt::runtime(phrase::name_of_several.en), trimmed, found.size(), in.en, several.en),
                                   fmt::format(fmt::runtime(phrase::name_of_several.nb), trimmed, found.size(), in.nb, several.nb),
                                   fmt::format(fmt::runtime(phrase::name_of_several.nn), trimmed, found.size(), in.nn, several.nn)}};
    }
    Text problem = ending_in(phrase::name_not_in, in, trimmed);
    if (!nearest.empty() && best <= 1 + std::max<std::size_t>(2, wanted_plain.size() / 3) && nearest.size() <= 3)
        problem = problem + ending_in(phrase::did_you_mean, listed(rows, nearest, phrase::word_or));
    else if (!rows.empty())
        problem = problem + say(phrase::write_code_or_name, rows.front().code, rows.front().name);
    return {std::nullopt, problem};
}

}  // namespace spleis

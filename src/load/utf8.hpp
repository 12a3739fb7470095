#pragma once
// What users write ends up in messages, on terminals and in JSON, which must all be UTF-8.
// Text in another encoding (Latin-1 from an old spreadsheet) is refused where it is read,
// with its line, rather than printed as garbage later.
#include <cstddef>
#include <string>
#include <string_view>

namespace spleis::utf8 {

// The offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or npos when all of it does.
inline std::size_t first_invalid(std::string_view s) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = byte(i);
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
        if (c < 0x80) length = 1;
        else if (c >= 0xC2 && c <= 0xDF) length = 2;
        else if (c >= 0xE0 && c <= 0xEF) length = 3, low = c == 0xE0 ? 0xA0 : 0x80, high = c == 0xED ? 0x9F : 0xBF;
        else if (c >= 0xF0 && c <= 0xF4) length = 4, low = c == 0xF0 ? 0x90 : 0x80, high = c == 0xF4 ? 0x8F : 0xBF;
        else return i;
        if (i + length > s.size()) return i;
        for (std::size_t k = 1; k < length; ++k) {
            const unsigned char next = byte(i + k);
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

// "UTF-16" or "UTF-32" when the text starts with that encoding's byte order mark, as
// Notepad's and Excel's "Unicode" files do; empty otherwise.
inline std::string_view wide_encoding(std::string_view text) {
    if (text.starts_with(std::string_view("\xFF\xFE\0\0", 4)) || text.starts_with(std::string_view("\0\0\xFE\xFF", 4)))
        return "UTF-32";
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) return "UTF-16";
    return {};
}

// The text with every byte that is not well-formed UTF-8, and every control character, shown
// as U+FFFD: for quoting text from elsewhere (a yaml-cpp message can end in half of a "ø").
inline std::string printable(std::string_view s) {
    std::string out;
    while (!s.empty()) {
        const std::size_t bad = first_invalid(s);
        for (char c : s.substr(0, bad)) {
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) out += "\uFFFD";
            else out += c;
        }
        if (bad == std::string_view::npos) break;
        out += "\uFFFD";
        s.remove_prefix(bad + 1);
    }
    return out;
}

}  // namespace spleis::utf8

#pragma once
// How Statistics Norway writes a region in table 07459, in its CSV exports ("K-4601 Bergen")
// and in its API's answers (code "K-4601" or "4601", label "Bergen"): one reading for both.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

namespace spleis::ssb {

// Without spaces around it, the no-break space (U+00A0) too: SSB writes "Porsanger - Porsángu - Porsanki\u00A0".
inline std::string trimmed(std::string_view s) {
    for (bool again = true; again;) {
        again = false;
        for (std::string_view space : {" ", "\xC2\xA0"}) {
            while (s.starts_with(space)) s.remove_prefix(space.size()), again = true;
            while (s.ends_with(space)) s.remove_suffix(space.size()), again = true;
        }
    }
    return std::string(s);
}

// "K-4601 Bergen", "4601 Bergen", "K-4601", "4601" → "4601"; nothing for a region that is no
// municipality ("K-23 Continental shelf", "K-Rest …", "0 The whole country", "46 Vestland").
inline std::optional<std::string> municipal_code(std::string_view label) {
    if (label.starts_with("K-")) label.remove_prefix(2);
    const bool digits = label.size() >= 4 && std::all_of(label.begin(), label.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || (label.size() > 4 && label[4] != ' ')) return std::nullopt;
    return std::string(label.substr(0, 4));
}

}  // namespace spleis::ssb

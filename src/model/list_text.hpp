#pragma once
// Lists in messages and reports, the way a sentence has them: "a, b and c".
#include <span>
#include <string>
#include <string_view>

namespace spleis {

// The items separated by ", ", and the last two by `last` (" and ", " or ", or ", " for a
// plain list).
inline std::string joined(std::span<const std::string> items, std::string_view last = " and ") {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) text += i + 1 == items.size() ? last : ", ";
        text += items[i];
    }
    return text;
}

}  // namespace spleis

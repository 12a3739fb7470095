#pragma once
// Amounts the way people read them: "260 000 kr", "261 905.77 kr", "19.9934 kr".
#include <string>

#include "spleis/language.hpp"
#include "spleis/money.hpp"

namespace spleis {

// Whole kroner when the øre are zero, else two decimals. Thousands separated by a space.
std::string format_nok(Ore amount, Language lang = Language::en);
// A krone value with a fixed number of decimals: format_kroner(19.99341, 4) == "19.9934 kr".
std::string format_kroner(double kroner, int decimals, Language lang = Language::en);
// A plain number with thousands separators: format_count(352602) == "352 602".
std::string format_count(long long count, Language lang = Language::en);
// A share or factor with up to four significant digits: "0.4" in English, "0,4" in Norwegian.
std::string format_share(double value, Language lang = Language::en);

}  // namespace spleis

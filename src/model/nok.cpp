#include "spleis/nok.hpp"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace spleis {

namespace {
// Norwegian (Språkrådet) and our English output both group digits with a space; only the
// decimal mark differs.
char decimal_mark(Language lang) { return lang == Language::en ? '.' : ','; }

std::string group_thousands(std::string digits) {
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), " ");
    return digits;
}
}  // namespace

std::string format_count(long long count, Language) {
    const std::string sign = count < 0 ? "-" : "";
    return sign + group_thousands(std::to_string(std::llabs(count)));
}

std::string format_nok(Ore amount, Language lang) {
    const Ore whole = amount / ore_per_krone;
    const Ore ore = std::llabs(amount % ore_per_krone);
    std::string text = (amount < 0 && whole == 0 ? "-" : "") + format_count(whole, lang);
    if (ore != 0) text += fmt::format("{}{:02}", decimal_mark(lang), ore);
    return text + " kr";
}

std::string format_kroner(double kroner, int decimals, Language lang) {
    if (!std::isfinite(kroner)) return fmt::format("{} kr", kroner);
    const std::string fixed = fmt::format("{:.{}f}", std::fabs(kroner), decimals);
    const auto point = fixed.find('.');
    std::string text = (kroner < 0 ? "-" : "") + group_thousands(fixed.substr(0, point));
    if (point != std::string::npos) text += decimal_mark(lang) + fixed.substr(point + 1);
    return text + " kr";
}

}  // namespace spleis

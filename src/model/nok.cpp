#include "spleis/nok.hpp"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace spleis {

namespace {
// Norwegian (Språkrådet) and our English output both group digits with a space; only the
// decimal mark differs.
char decimal_mark(Language lang) { return lang == Language::en ? '.' : ','; }

std::string group_thousands(const std::string& digits) {
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped.push_back(' ');
        grouped.push_back(digits[i]);
    }
    return grouped;
}
}  // namespace

std::string format_count(long long count, Language) {
    return fmt::format("{}{}", count < 0 ? "-" : "", group_thousands(std::to_string(std::llabs(count))));
}

std::string format_share(double value, Language lang) {
    std::string text = fmt::format("{:.4g}", value);
    if (const auto point = text.find('.'); point != std::string::npos) text[point] = decimal_mark(lang);
    return text;
}

std::string format_nok(Ore amount, Language lang) {
    const Ore whole = amount / ore_per_krone;
    const Ore ore = std::llabs(amount % ore_per_krone);
    const char* sign = amount < 0 && whole == 0 ? "-" : "";
    if (ore == 0) return fmt::format("{}{} kr", sign, format_count(whole, lang));
    return fmt::format("{}{}{}{:02} kr", sign, format_count(whole, lang), decimal_mark(lang), ore);
}

std::string format_kroner(double kroner, int decimals, Language lang) {
    if (!std::isfinite(kroner)) return fmt::format("{} kr", kroner);
    const std::string fixed = fmt::format("{:.{}f}", std::fabs(kroner), decimals);
    const auto point = fixed.find('.');
    const char* sign = kroner < 0 ? "-" : "";
    if (point == std::string::npos) return fmt::format("{}{} kr", sign, group_thousands(fixed));
    return fmt::format("{}{}{}{} kr", sign, group_thousands(fixed.substr(0, point)), decimal_mark(lang),
                       fixed.substr(point + 1));
}

}  // namespace spleis

#pragma once
// A workbook a budget committee can keep working in: a sheet of members per option, a
// comparison sheet with live formulas, a summary, the parameters with their sources, and
// native charts. Amounts are numbers with a kroner number format, never text.
#include <string>

#include "spleis/comparison.hpp"
#include "spleis/nok.hpp"

namespace spleis {

// The .xlsx file's bytes, its words in the language asked for (the numbers are numbers in
// every language). Throws spleis::Error (kind output) if the workbook cannot be made.
std::string render_xlsx(const Comparison& comparison, Language lang = Language::en);
std::string render_xlsx(const Allocation& allocation, Language lang = Language::en);

}  // namespace spleis

#pragma once
// A workbook a budget committee can keep working in: a sheet of members per option, a
// comparison sheet with live formulas, a summary, the parameters with their sources, and
// native charts. Amounts are numbers with a kroner number format, never text.
#include <string>

#include "spleis/comparison.hpp"

namespace spleis {

// The .xlsx file's bytes. Throws spleis::Error (kind output) if the workbook cannot be made.
std::string render_xlsx(const Comparison& comparison);
std::string render_xlsx(const Allocation& allocation);

}  // namespace spleis

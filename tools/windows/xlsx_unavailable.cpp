// The XLSX report in builds without libxlsxwriter (the Windows DLL: libxlsxwriter has no MinGW
// build, and the C API does not write workbooks). Asking for XLSX is an input error.
#include "spleis/error.hpp"
#include "spleis/xlsx_report.hpp"

namespace spleis {

namespace {
[[noreturn]] void unavailable() { throw Error(Location{}, "XLSX reports are not available in this build"); }
}  // namespace

std::string render_xlsx(const Comparison&, Language) { unavailable(); }
std::string render_xlsx(const Allocation&, Language) { unavailable(); }

}  // namespace spleis

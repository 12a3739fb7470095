// The XLSX writer's entry point when it is built as a plugin (spleis-xlsx.so): the spleis
// program loads it only when a workbook is asked for (xlsx_plugin.cpp), so libxlsxwriter and
// the libcrypto it needs are not loaded and relocated at every start. A C boundary: the bytes
// come back in malloc'd memory, an error as text, and no exception crosses it.
#include <cstdlib>
#include <cstring>
#include <exception>

#include "spleis/xlsx_report.hpp"

extern "C" __attribute__((visibility("default"))) int spleis_xlsx_render(const spleis::Comparison* comparison, int lang,
                                                                        char** bytes,
                                                                        std::size_t* size, char* error, std::size_t error_size) {
    try {
        const std::string workbook = spleis::render_xlsx(*comparison, static_cast<spleis::Language>(lang));
        *bytes = static_cast<char*>(std::malloc(workbook.size() ? workbook.size() : 1));
        if (!*bytes) throw std::bad_alloc();
        std::memcpy(*bytes, workbook.data(), workbook.size());
        *size = workbook.size();
        return 0;
    } catch (const std::exception& e) {
        std::strncpy(error, e.what(), error_size - 1);
        error[error_size - 1] = '\0';
        return 1;
    }
}

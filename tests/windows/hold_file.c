/* hold_file.exe FILE SECONDS: opens FILE as Excel holds an open workbook (no sharing: others
 * may neither write, rename nor delete it), says "held" on stdout, and keeps it for SECONDS
 * (or until its standard input closes). Used by tests/windows/windows_cli_test.sh under Wine. */
#include <stdio.h>
#include <stdlib.h>
#include <windows.h>

int wmain(int argc, wchar_t** argv) {
    if (argc != 3) {
        fputs("usage: hold_file FILE SECONDS\n", stderr);
        return 2;
    }
    HANDLE file = CreateFileW(argv[1], GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "hold_file: cannot open the file (Windows error %lu)\n", GetLastError());
        return 1;
    }
    puts("held");
    fflush(stdout);
    Sleep((DWORD)(_wtoi(argv[2]) * 1000));
    CloseHandle(file);
    return 0;
}

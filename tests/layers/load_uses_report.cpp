// Must not build: the load layer may not use the report layer (tests/CMakeLists.txt, test layers_*).
#include "spleis/report.hpp"

// Must not build: the report layer may not use the load layer (tests/CMakeLists.txt, test layers_*).
#include "spleis/load.hpp"

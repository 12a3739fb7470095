// Must not build: the model layer may not use the solve layer (tests/CMakeLists.txt, test layers_*).
#include "spleis/solve.hpp"

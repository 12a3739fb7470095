// Builds: the solve layer uses the model layer (tests/CMakeLists.txt, test layers_*).
#include "spleis/scenario.hpp"

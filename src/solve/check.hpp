#pragma once
// check() (spleis/solve.hpp) in its parts, for what-ifs solved on members checked once.
#include "spleis/scenario.hpp"

namespace spleis {

// check() of a what-if that keeps a checked scenario's members and who of them pays for
// itself (its amounts may differ): everything check() finds but what is wrong with the
// members, in the same order, with the same messages. `what_if` may list no members.
void check_keeping_members(const Scenario& what_if);

}  // namespace spleis

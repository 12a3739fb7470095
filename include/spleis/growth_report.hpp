#pragma once
#include <string>

#include "spleis/growth.hpp"
#include "spleis/nok.hpp"

namespace spleis {

// For people: one line per step (who joins, members so far, population), for each stated levy
// what the members pay, the match, the fund and how far it is from the frame; and the levy that
// fills the frame with the members so far.
std::string render_growth_table(const Growth& growth, Language lang = Language::en);
// One row per step and stated levy (one per step without levies):
// step,joins,members,population,filling_levy,levy,members_pay,match,fund,frame,fund_of_frame
std::string render_growth_csv(const Growth& growth);
std::string render_growth_json(const Growth& growth);

}  // namespace spleis

#pragma once
// The rules, one function each; rule.cpp lists them with their parameters.
#include "spleis/rule.hpp"

namespace spleis::rules {

PopulationLine equal_split_line(const ParameterValues&, const Group&);
PopulationLine per_inhabitant_line(const ParameterValues&, const Group&);
PopulationLine base_plus_per_inhabitant_line(const ParameterValues&, const Group&);
PopulationLine mixed_key_line(const ParameterValues&, const Group&);
PopulationLine matched_fund_line(const ParameterValues&, const Group&);

RawAmount equal_split(const ParameterValues&, const Municipality&, const Group&);
RawAmount per_inhabitant(const ParameterValues&, const Municipality&, const Group&);
RawAmount base_plus_per_inhabitant(const ParameterValues&, const Municipality&, const Group&);
RawAmount mixed_key(const ParameterValues&, const Municipality&, const Group&);
RawAmount matched_fund(const ParameterValues&, const Municipality&, const Group&);
RawAmount population_bands(const ParameterValues&, const Municipality&, const Group&);

}  // namespace spleis::rules

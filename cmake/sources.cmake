# The engine's sources and public headers, layer by layer: read by the top-level build and by
# the Windows cross build (tools/windows/CMakeLists.txt), so the two cannot drift.
#
# Data flows one way: load -> model <- solve <- report <- shells. Each layer sees its own
# headers and those of the layers it may use, no others (cmake/layers.cmake), so a solver file
# that includes a loader's header does not build.

# Value types and their words: what every layer may know.
set(SPLEIS_MODEL_SOURCES
  src/model/error.cpp
  src/model/nok.cpp
  src/model/parameter.cpp
  src/model/rule_catalogue.cpp
  src/model/shortfall_rule.cpp
  src/model/scenario.cpp
  src/model/changes.cpp
  src/model/member_lookup.cpp
  src/model/county.cpp)
set(SPLEIS_MODEL_HEADERS
  error.hpp language.hpp money.hpp nok.hpp municipality.hpp parameter.hpp rule.hpp band.hpp shortfall.hpp
  model.hpp scenario.hpp plan.hpp allocation.hpp member_lookup.hpp changes.hpp county.hpp)

# YAML and CSV in, model values out.
set(SPLEIS_LOAD_SOURCES
  src/load/yaml_reader.cpp
  src/load/text_file.cpp
  src/load/file_reader.cpp
  src/load/population_csv.cpp
  src/load/ssb_07459.cpp
  src/load/ssb_07459_json.cpp
  src/load/parameters_yaml.cpp
  src/load/bands_yaml.cpp
  src/load/facts_yaml.cpp
  src/load/years.cpp
  src/load/model_yaml.cpp
  src/load/scenario_yaml.cpp
  src/load/changes_yaml.cpp
  src/load/municipality_changes.cpp)
set(SPLEIS_LOAD_HEADERS load.hpp)

# Pure functions from a scenario to amounts: no I/O.
set(SPLEIS_SOLVE_SOURCES
  src/solve/rules/rule.cpp
  src/solve/rules/equal_split.cpp
  src/solve/rules/per_inhabitant.cpp
  src/solve/rules/base_plus_per_inhabitant.cpp
  src/solve/rules/mixed_key.cpp
  src/solve/rules/matched_fund.cpp
  src/solve/rules/population_bands.cpp
  src/solve/limits.cpp
  src/solve/funding.cpp
  src/solve/total_curve.cpp
  src/solve/line_solve.cpp
  src/solve/largest_remainder.cpp
  src/solve/round_down_line.cpp
  src/solve/check.cpp
  src/solve/prepared.cpp
  src/solve/infeasible.cpp
  src/solve/allocate.cpp
  src/solve/comparison.cpp
  src/solve/sweep.cpp
  src/solve/calibrate.cpp
  src/solve/shortfall.cpp
  src/solve/plan.cpp
  src/solve/growth.cpp)
set(SPLEIS_SOLVE_HEADERS solve.hpp sweep.hpp comparison.hpp calibrate.hpp shortfall_division.hpp growth.hpp)

# Allocations in, bytes out: tables, CSV, JSON, XLSX, explanations.
set(SPLEIS_REPORT_SOURCES
  src/report/table.cpp
  src/report/paper.cpp
  src/report/csv.cpp
  src/report/json.cpp
  src/report/scenario_file.cpp
  src/report/output_file.cpp
  src/report/explain.cpp
  src/report/text_table.cpp
  src/report/words.cpp
  src/report/comparison_report.cpp
  src/report/sweep_csv.cpp
  src/report/calibration_report.cpp
  src/report/plan_report.cpp
  src/report/population_report.cpp
  src/report/derivation.cpp
  src/report/growth_report.cpp)
# The workbook writer; the top-level build links it in or loads it as a plugin.
set(SPLEIS_XLSX_SOURCES src/report/xlsx.cpp)
set(SPLEIS_REPORT_HEADERS
  report.hpp explain.hpp comparison_report.hpp calibration_report.hpp plan_report.hpp
  xlsx_report.hpp output_file.hpp population_report.hpp growth_report.hpp json_document.hpp)

set(SPLEIS_ENGINE_SOURCES ${SPLEIS_MODEL_SOURCES} ${SPLEIS_LOAD_SOURCES} ${SPLEIS_SOLVE_SOURCES} ${SPLEIS_REPORT_SOURCES})

# The engine's layers as libraries of their own. A layer compiles against a view of
# include/spleis/ that holds only the headers it may use (links made at configure time, in
# the build folder), so a forbidden include is a build error, not a review comment.
#
#   spleis_model   sees model
#   spleis_load    sees model, load
#   spleis_solve   sees model, solve
#   spleis_report  sees model, solve, report
#
# Shells and tests link spleis::core, which is all four and the whole include/ folder.

# Every public header but the C API's belongs to exactly one layer.
file(GLOB _spleis_headers RELATIVE ${PROJECT_SOURCE_DIR}/include/spleis ${PROJECT_SOURCE_DIR}/include/spleis/*.hpp)
set(_spleis_listed ${SPLEIS_MODEL_HEADERS} ${SPLEIS_LOAD_HEADERS} ${SPLEIS_SOLVE_HEADERS} ${SPLEIS_REPORT_HEADERS})
foreach(header IN LISTS _spleis_headers)
  if(NOT header IN_LIST _spleis_listed)
    message(FATAL_ERROR "include/spleis/${header} is in no layer: add it to one of the header lists in cmake/sources.cmake")
  endif()
endforeach()

function(spleis_layer_view layer)  # HEADERS...
  set(dir ${PROJECT_BINARY_DIR}/layers/${layer})
  file(REMOVE_RECURSE ${dir})
  file(MAKE_DIRECTORY ${dir}/spleis)
  foreach(header IN LISTS ARGN)
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/include/spleis/${header} ${dir}/spleis/${header} SYMBOLIC)
  endforeach()
endfunction()

spleis_layer_view(model ${SPLEIS_MODEL_HEADERS})
spleis_layer_view(load ${SPLEIS_MODEL_HEADERS} ${SPLEIS_LOAD_HEADERS})
spleis_layer_view(solve ${SPLEIS_MODEL_HEADERS} ${SPLEIS_SOLVE_HEADERS})
spleis_layer_view(report ${SPLEIS_MODEL_HEADERS} ${SPLEIS_SOLVE_HEADERS} ${SPLEIS_REPORT_HEADERS})

function(spleis_layer layer)  # SOURCES...
  add_library(spleis_${layer} STATIC ${ARGN})
  # src/model/ holds the model layer's private helpers (UTF-8 paths), which every layer may use.
  target_include_directories(spleis_${layer} PRIVATE ${PROJECT_BINARY_DIR}/layers/${layer} ${PROJECT_SOURCE_DIR}/src/model)
  target_link_libraries(spleis_${layer} PRIVATE spleis_warnings
    # fmt as each program that links the engine asks (SPLEIS_STATIC_CXX on the program).
    PUBLIC $<IF:$<BOOL:$<TARGET_PROPERTY:SPLEIS_STATIC_CXX>>,spleis_fmt_compiled,fmt::fmt>)
  set_target_properties(spleis_${layer} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  # No fused multiply-add: the solver's copies for AVX-512 (src/solve/vector_unit.hpp), where
  # the compiler may fuse, give the same bits as the baseline copy, where it cannot.
  target_compile_options(spleis_${layer} PRIVATE $<$<CXX_COMPILER_ID:GNU,Clang>:-ffp-contract=off>)
endfunction()

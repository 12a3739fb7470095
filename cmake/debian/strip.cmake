# CPACK_PRE_BUILD_SCRIPTS (cmake/package.cmake): strips the ELF files of the staged package as
# Debian's dh_strip does: shared objects --strip-unneeded (their dynamic symbols stay), programs
# of all symbols, both without the .comment and .note sections.
file(GLOB_RECURSE files LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")
if(NOT files)
  message(FATAL_ERROR "strip.cmake: nothing staged in \"${CPACK_TEMPORARY_INSTALL_DIRECTORY}\"")
endif()
set(stripped 0)
foreach(f IN LISTS files)
  if(IS_SYMLINK "${f}")
    continue()
  endif()
  file(READ "${f}" magic LIMIT 4 HEX)
  if(NOT magic STREQUAL "7f454c46")  # \x7fELF
    continue()
  endif()
  if(f MATCHES "\\.so(\\.[0-9]+)*$")
    set(how --strip-unneeded)
  else()
    set(how --strip-all)
  endif()
  execute_process(COMMAND strip ${how} --remove-section=.comment --remove-section=.note "${f}"
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "strip.cmake: strip ${f} failed")
  endif()
  math(EXPR stripped "${stripped} + 1")
endforeach()
message(STATUS "strip.cmake: ${stripped} ELF files stripped")

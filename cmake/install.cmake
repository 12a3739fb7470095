# What `cmake --install` puts where, besides the C API, its CMake package, pkg-config file and
# Python module (src/capi): the program, its XLSX and download plugins and HTTP server, the
# shipped models, scenarios and population tables under share/spleis (where an installed spleis
# looks for them: data_dir.cpp), the man page, and the documentation. The Debian package
# (cmake/package.cmake) is this tree.
include(GNUInstallDirs)

install(TARGETS spleis RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(SPLEIS_XLSX_PLUGIN)
  # A private library of the program's, not one for others to link: lib/<triplet>/spleis/.
  install(TARGETS spleis_xlsx LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/spleis)
  file(RELATIVE_PATH plugin_from_bin "/prefix/${CMAKE_INSTALL_BINDIR}" "/prefix/${CMAKE_INSTALL_LIBDIR}/spleis")
  set_property(SOURCE src/report/xlsx_plugin.cpp APPEND PROPERTY COMPILE_DEFINITIONS
               SPLEIS_XLSX_PLUGIN_INSTALLED="${plugin_from_bin}")
endif()

# The downloader of `spleis population fetch` (libcurl), beside the XLSX plugin.
install(TARGETS spleis_fetch LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/spleis)
file(RELATIVE_PATH fetch_from_bin "/prefix/${CMAKE_INSTALL_BINDIR}" "/prefix/${CMAKE_INSTALL_LIBDIR}/spleis")
set_property(SOURCE src/fetch/fetch_plugin.cpp APPEND PROPERTY COMPILE_DEFINITIONS
             SPLEIS_FETCH_PLUGIN_INSTALLED="${fetch_from_bin}")
if(TARGET spleis-serve)
  # `spleis serve` runs it; nobody else does: libexec/spleis/.
  install(TARGETS spleis-serve RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/spleis)
  file(RELATIVE_PATH serve_from_bin "/prefix/${CMAKE_INSTALL_BINDIR}" "/prefix/${CMAKE_INSTALL_LIBEXECDIR}/spleis")
  set_property(SOURCE src/cli/serve.cpp APPEND PROPERTY COMPILE_DEFINITIONS SPLEIS_SERVE_INSTALLED="${serve_from_bin}")
endif()

install(DIRECTORY models scenarios DESTINATION ${CMAKE_INSTALL_DATADIR}/spleis)

# Debian installs man pages compressed; -n leaves the time out, so the build is reproducible.
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/spleis.1.gz
                   COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/docs/spleis.1 > ${PROJECT_BINARY_DIR}/spleis.1.gz
                   DEPENDS ${PROJECT_SOURCE_DIR}/docs/spleis.1 VERBATIM)
add_custom_target(spleis_man ALL DEPENDS ${PROJECT_BINARY_DIR}/spleis.1.gz)
install(FILES ${PROJECT_BINARY_DIR}/spleis.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} FILES_MATCHING PATTERN "*.md")

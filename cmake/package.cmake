# The Debian package, `cpack -G DEB` in the build tree (tools/package-deb.sh runs it): the tree
# `cmake --install` makes (cmake/install.cmake, src/capi), under /usr. Its Depends line is
# computed by dpkg-shlibdeps from the libraries the program, the plugins, spleis-serve and
# libspleis link, not typed here. docs/packages.md has what is in it and lintian's remarks.
# The files Debian wants in every package: the copyright, the changelog and lintian's overrides,
# each with the reason for each override (cmake/debian/).
set(debian ${PROJECT_SOURCE_DIR}/cmake/debian)

# The changelog is written by hand; its newest entry must be this version.
file(STRINGS ${debian}/changelog changelog_top LIMIT_COUNT 1)
if(NOT changelog_top MATCHES "^spleis \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "cmake/debian/changelog starts with \"${changelog_top}\", not version ${PROJECT_VERSION} "
                      "(project() in CMakeLists.txt): add an entry for it")
endif()
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/changelog.gz
                   COMMAND gzip -9n -c ${debian}/changelog > ${PROJECT_BINARY_DIR}/changelog.gz
                   DEPENDS ${debian}/changelog VERBATIM)
add_custom_target(spleis_changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/changelog.gz ${debian}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${debian}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME spleis)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME spleis)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "spleis")
set(CPACK_PACKAGE_CONTACT "spleis maintainers <maintainers@users.noreply.b-seed-6f1ab13b.example>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_OUTPUT_FILE_PREFIX ${PROJECT_SOURCE_DIR}/dist)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # spleis_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION math)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)     # Depends: from dpkg-shlibdeps
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)   # a shlibs file for libspleis.so.1
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
# The Python module (lib/python3/dist-packages/spleis) is a convenience beside the C API; it
# needs python3 only when it is used.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "python3")
# The synopsis, then the long description; CPack indents it as Debian's format wants and
# turns the empty line into the paragraph break " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"share the cost of a joint project between municipalities, exactly
spleis reads a financing model and a scenario (YAML), applies the rule to
the members' populations from Statistics Norway, solves the one unknown
parameter so the budget is met to the øre, and shows who pays what and why.
It reproduces the rules Norwegian municipalities use (Digi Vestland,
Smartere Salten, the KommIT / DigiFin fund).

This package has the spleis program (run, compare, explain, sweep,
calibrate, validate, serve, population), the shipped models, scenarios and
population tables in /usr/share/spleis, the C API libspleis with its header,
CMake package and pkg-config file, and its Python module.")
# libspleis.so.1 is in the loader's path: dpkg's ldconfig trigger, as Debian's libraries have.
# (CPack 3.25 also writes postinst and postrm scripts that call ldconfig, for every package with
# a library in /usr/lib, and has no switch to leave them out: cmake/debian/lintian-overrides.)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${debian}/triggers)
# Stripped as Debian's dh_strip does (its symbol table, and the .comment and .note sections
# that name the compiler), in CPack's staging tree before the package is made.
set(CPACK_PRE_BUILD_SCRIPTS ${debian}/strip.cmake)
include(CPack)

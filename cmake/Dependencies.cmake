# Every dependency is a Debian package found with find_package; nothing is downloaded.
find_package(fmt REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(Eigen3 3.3 REQUIRED NO_MODULE)
find_package(CLI11 REQUIRED)
find_package(Threads REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)  # nlohmann-json3-dev: the JSON reports and the HTTP API
find_package(CURL 7.85 REQUIRED)  # libcurl4-openssl-dev: `spleis population fetch`, in its plugin
# libxlsxwriter (libxlsxwriter-dev) ships a pkg-config file only.
find_package(PkgConfig REQUIRED)
pkg_check_modules(xlsxwriter REQUIRED IMPORTED_TARGET xlsxwriter)

# Debian's yaml-cpp 0.7 exports a plain `yaml-cpp` target (newer releases export
# yaml-cpp::yaml-cpp). Wrap whichever exists in one name, here and nowhere else.
if(NOT TARGET spleis::yaml-cpp)
  add_library(spleis_yaml_cpp INTERFACE)
  if(TARGET yaml-cpp::yaml-cpp)
    target_link_libraries(spleis_yaml_cpp INTERFACE yaml-cpp::yaml-cpp)
  else()
    target_link_libraries(spleis_yaml_cpp INTERFACE yaml-cpp)
  endif()
  add_library(spleis::yaml-cpp ALIAS spleis_yaml_cpp)
endif()

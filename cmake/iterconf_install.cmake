# Installing iterconf: headers, libraries, the command line, the cases and the spec, a CMake
# package (iterconfConfig.cmake, with components) and pkg-config files that find them.
include(CMakePackageConfigHelpers)

set(ITERCONF_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/iterconf")
set(ITERCONF_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/iterconf")

install(DIRECTORY harness/include/ harness/properties/include/ adapters/include/ reports/include/
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
# One export set a component: the harness needs neither RapidCheck nor GoogleTest.
install(TARGETS iterconf_harness iterconf_adapters iterconf_reports EXPORT iterconf_targets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}")
install(TARGETS iterconf_properties iterconf_mutants iterconf_cli EXPORT iterconf_cli_targets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}")
install(TARGETS iterconf_gtest EXPORT iterconf_gtest_targets ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}")
install(TARGETS iterconf RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY cases/ DESTINATION "${ITERCONF_INSTALL_DATADIR}/cases" FILES_MATCHING PATTERN "*.yaml")
install(DIRECTORY spec/ DESTINATION "${ITERCONF_INSTALL_DATADIR}/spec")
# The CPython oracle, beside the cases and the spec it reads: python3 share/iterconf/oracle
install(DIRECTORY harness/oracle/ DESTINATION "${ITERCONF_INSTALL_DATADIR}/oracle"
        FILES_MATCHING PATTERN "*.py" PATTERN "README.md" PATTERN "__pycache__" EXCLUDE)
install(FILES reports/schema/iterconf-report.schema.json DESTINATION "${ITERCONF_INSTALL_DATADIR}/schema")
# Programs built against the installed package read this prefix's data (iterconf/data_dir.hpp),
# written at install time so that `cmake --install --prefix` and DESTDIR are honoured.
install(CODE "
  set(ITERCONF_BUILT_AGAINST_DATA_DIR \"\${CMAKE_INSTALL_PREFIX}/${ITERCONF_INSTALL_DATADIR}\")
  set(data_dir_source \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${ITERCONF_INSTALL_DATADIR}/data_dir.cpp\")
  message(STATUS \"Installing: \${data_dir_source}\")
  configure_file(\"${PROJECT_SOURCE_DIR}/cmake/data_dir.cpp.in\" \"\${data_dir_source}\" @ONLY)")

foreach(set iterconf_targets iterconf_cli_targets iterconf_gtest_targets)
  install(EXPORT ${set} NAMESPACE iterconf:: DESTINATION "${ITERCONF_INSTALL_CMAKEDIR}" FILE ${set}.cmake)
endforeach()
configure_package_config_file(cmake/iterconfConfig.cmake.in "${CMAKE_CURRENT_BINARY_DIR}/iterconfConfig.cmake"
                              INSTALL_DESTINATION "${ITERCONF_INSTALL_CMAKEDIR}"
                              PATH_VARS ITERCONF_INSTALL_DATADIR)
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/iterconfConfigVersion.cmake"
                                 COMPATIBILITY SameMinorVersion)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/iterconfConfig.cmake" "${CMAKE_CURRENT_BINARY_DIR}/iterconfConfigVersion.cmake"
              cmake/iterconf_functions.cmake cmake/iterconf_gtest_discovery.cmake
        DESTINATION "${ITERCONF_INSTALL_CMAKEDIR}")

# pkg-config: iterconf (the harness), iterconf-cli (a runner of your own), iterconf-gtest. Each
# finds the prefix from where it lies, so `cmake --install --prefix` and DESTDIR hold.
file(RELATIVE_PATH ITERCONF_PC_TO_PREFIX "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
string(REGEX REPLACE "/$" "" ITERCONF_PC_TO_PREFIX "${ITERCONF_PC_TO_PREFIX}")
foreach(package iterconf iterconf-cli iterconf-gtest)
  configure_file(cmake/${package}.pc.in "${CMAKE_CURRENT_BINARY_DIR}/${package}.pc" @ONLY)
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/${package}.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
endforeach()

# Installing iterconf: headers, libraries, the command line, the cases and the spec, and a CMake
# package (iterconfConfig.cmake) and pkg-config file that find them.
include(CMakePackageConfigHelpers)

set(ITERCONF_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/iterconf")
set(ITERCONF_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/iterconf")

install(DIRECTORY harness/include/ adapters/include/ reports/include/ DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(TARGETS iterconf_harness iterconf_adapters iterconf_reports iterconf_cli iterconf_gtest iterconf_properties
                iterconf_warnings
        EXPORT iterconf_targets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        OBJECTS DESTINATION "${CMAKE_INSTALL_LIBDIR}/iterconf-objects")
install(TARGETS iterconf RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY cases/ DESTINATION "${ITERCONF_INSTALL_DATADIR}/cases" FILES_MATCHING PATTERN "*.yaml")
install(DIRECTORY spec/ DESTINATION "${ITERCONF_INSTALL_DATADIR}/spec")
# The CPython oracle, beside the cases and the spec it reads: python3 share/iterconf/oracle
install(DIRECTORY harness/oracle/ DESTINATION "${ITERCONF_INSTALL_DATADIR}/oracle"
        FILES_MATCHING PATTERN "*.py" PATTERN "README.md" PATTERN "__pycache__" EXCLUDE)
install(FILES reports/schema/iterconf-report.schema.json DESTINATION "${ITERCONF_INSTALL_DATADIR}/schema")

install(EXPORT iterconf_targets NAMESPACE iterconf:: DESTINATION "${ITERCONF_INSTALL_CMAKEDIR}"
        FILE iterconf_targets.cmake)
configure_package_config_file(cmake/iterconfConfig.cmake.in "${CMAKE_CURRENT_BINARY_DIR}/iterconfConfig.cmake"
                              INSTALL_DESTINATION "${ITERCONF_INSTALL_CMAKEDIR}"
                              PATH_VARS ITERCONF_INSTALL_DATADIR)
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/iterconfConfigVersion.cmake"
                                 COMPATIBILITY SameMinorVersion)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/iterconfConfig.cmake" "${CMAKE_CURRENT_BINARY_DIR}/iterconfConfigVersion.cmake"
              cmake/iterconf_functions.cmake
        DESTINATION "${ITERCONF_INSTALL_CMAKEDIR}")

configure_file(cmake/iterconf.pc.in "${CMAKE_CURRENT_BINARY_DIR}/iterconf.pc" @ONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/iterconf.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")

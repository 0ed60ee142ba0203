set(ITERCONF_FUNCTIONS_DIR "${CMAKE_CURRENT_LIST_DIR}")

# iterconf_add_conformance_test: a CTest test that runs iterconf's cases over your subjects.
#
#   iterconf_add_conformance_test(NAME mylib_conformance SUBJECTS my_subjects.cpp LINK mylib
#                                 [EXPECTATIONS file] [CASES dir] [REPORT_DIR dir] [ARGS extra...])
#
# SUBJECTS are your files of ITERCONF_SUBJECTS registrations; they are compiled with iterconf's
# command line into a runner named NAME, which the test runs (`NAME run --cases ... --report ...`),
# writing JUnit, JSON, Markdown and HTML reports into REPORT_DIR (default: NAME-reports in the
# build tree). The test fails when a result fails the gate.
function(iterconf_add_conformance_test)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;EXPECTATIONS;CASES;REPORT_DIR" "SUBJECTS;LINK;ARGS")
  if(NOT arg_NAME OR NOT arg_SUBJECTS)
    message(FATAL_ERROR "iterconf_add_conformance_test needs NAME and SUBJECTS")
  endif()
  if(NOT arg_CASES)
    set(arg_CASES "${ITERCONF_DATA_DIR}/cases")
  endif()
  if(NOT arg_REPORT_DIR)
    set(arg_REPORT_DIR "${CMAKE_CURRENT_BINARY_DIR}/${arg_NAME}-reports")
  endif()
  if(NOT TARGET iterconf::cli)
    message(FATAL_ERROR "iterconf_add_conformance_test needs iterconf's cli component, which needs RapidCheck "
                        "(Debian package librapidcheck-dev): find_package(iterconf REQUIRED COMPONENTS cli)")
  endif()
  add_executable(${arg_NAME} ${arg_SUBJECTS})
  target_link_libraries(${arg_NAME} PRIVATE iterconf::cli iterconf::adapters ${arg_LINK})
  set(run_arguments run --cases "${arg_CASES}" --spec "${ITERCONF_DATA_DIR}/spec"
      --report "junit:${arg_REPORT_DIR}/${arg_NAME}.junit.xml" --report "json:${arg_REPORT_DIR}/${arg_NAME}.json"
      --report "markdown:${arg_REPORT_DIR}/${arg_NAME}.md" --report "html:${arg_REPORT_DIR}/${arg_NAME}.html")
  if(arg_EXPECTATIONS)
    get_filename_component(expectations "${arg_EXPECTATIONS}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND run_arguments --expectations "${expectations}")
  endif()
  add_test(NAME ${arg_NAME} COMMAND ${arg_NAME} ${run_arguments} ${arg_ARGS})
endfunction()

# iterconf_add_gtest: the same subjects as GoogleTest tests, one per subject and case (named
# `<subject>.<case>` with non-identifier characters as '_') and one per subject and property
# (`<subject>.prop_sequence`, RapidCheck state machines), so --gtest_filter selects them; a failure
# shows the step, expected and observed, at the step's line of the case file.
# CTest runs one test per subject (`NAME.<subject>`, all its cases and properties in one process:
# `ctest -R` selects subjects), found after each build by iterconf_gtest_discovery.cmake. PER case
# makes one CTest test per GoogleTest test instead (gtest_discover_tests), at one process each.
#
#   iterconf_add_gtest(NAME mylib_gtest SUBJECTS my_subjects.cpp LINK mylib [EXPECTATIONS file] [CASES dir]
#                      [PER subject|case])
function(iterconf_add_gtest)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;EXPECTATIONS;CASES;PER" "SUBJECTS;LINK")
  if(NOT arg_NAME OR NOT arg_SUBJECTS)
    message(FATAL_ERROR "iterconf_add_gtest needs NAME and SUBJECTS")
  endif()
  if(NOT arg_PER)
    set(arg_PER subject)
  elseif(NOT arg_PER MATCHES "^(subject|case)$")
    message(FATAL_ERROR "iterconf_add_gtest: PER must be subject or case, not '${arg_PER}'")
  endif()
  if(NOT arg_CASES)
    set(arg_CASES "${ITERCONF_DATA_DIR}/cases")
  endif()
  if(NOT TARGET iterconf::gtest)
    message(FATAL_ERROR "iterconf_add_gtest needs iterconf's gtest component, which needs GoogleTest and RapidCheck "
                        "(Debian packages libgtest-dev, librapidcheck-dev): find_package(iterconf REQUIRED COMPONENTS gtest)")
  endif()
  add_executable(${arg_NAME} ${arg_SUBJECTS})
  target_link_libraries(${arg_NAME} PRIVATE iterconf::gtest iterconf::adapters ${arg_LINK})
  set(arguments "--iterconf-cases=${arg_CASES}" "--iterconf-spec=${ITERCONF_DATA_DIR}/spec")
  if(arg_EXPECTATIONS)
    get_filename_component(expectations "${arg_EXPECTATIONS}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND arguments "--iterconf-expectations=${expectations}")
  endif()
  if(arg_PER STREQUAL "case")
    include(GoogleTest)
    gtest_discover_tests(${arg_NAME} EXTRA_ARGS ${arguments} DISCOVERY_TIMEOUT 60)
    return()
  endif()
  set(discovered "${CMAKE_CURRENT_BINARY_DIR}/${arg_NAME}_subjects.cmake")
  add_custom_command(TARGET ${arg_NAME} POST_BUILD
    COMMAND "${CMAKE_COMMAND}" -DRUNNER=$<TARGET_FILE:${arg_NAME}> -DNAME=${arg_NAME} "-DARGUMENTS=${arguments}"
            -DOUTPUT=${discovered} -P "${ITERCONF_FUNCTIONS_DIR}/iterconf_gtest_discovery.cmake"
    VERBATIM)
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${discovered}")
endfunction()

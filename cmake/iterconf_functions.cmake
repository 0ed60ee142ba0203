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
  add_executable(${arg_NAME} ${arg_SUBJECTS})
  target_link_libraries(${arg_NAME} PRIVATE iterconf::main iterconf::reports iterconf::adapters ${arg_LINK})
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
# (`<subject>.prop_sequence`, RapidCheck state machines), discovered by gtest_discover_tests so
# --gtest_filter and CTest select them; a failure shows the step, expected and observed, at the
# step's line of the case file.
#
#   iterconf_add_gtest(NAME mylib_gtest SUBJECTS my_subjects.cpp LINK mylib [EXPECTATIONS file] [CASES dir])
function(iterconf_add_gtest)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;EXPECTATIONS;CASES" "SUBJECTS;LINK")
  if(NOT arg_NAME OR NOT arg_SUBJECTS)
    message(FATAL_ERROR "iterconf_add_gtest needs NAME and SUBJECTS")
  endif()
  if(NOT arg_CASES)
    set(arg_CASES "${ITERCONF_DATA_DIR}/cases")
  endif()
  find_package(GTest REQUIRED)
  include(GoogleTest)
  add_executable(${arg_NAME} ${arg_SUBJECTS})
  target_link_libraries(${arg_NAME} PRIVATE iterconf::gtest iterconf::adapters ${arg_LINK})
  set(arguments "--iterconf-cases=${arg_CASES}" "--iterconf-spec=${ITERCONF_DATA_DIR}/spec")
  if(arg_EXPECTATIONS)
    get_filename_component(expectations "${arg_EXPECTATIONS}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND arguments "--iterconf-expectations=${expectations}")
  endif()
  gtest_discover_tests(${arg_NAME} EXTRA_ARGS ${arguments} DISCOVERY_TIMEOUT 60)
endfunction()

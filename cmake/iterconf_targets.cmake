# The names other projects link: iterconf::harness (loader, planner, executor), iterconf::adapters
# (the adapter headers and registration), iterconf::reports (the reporters), iterconf::main (the
# iterconf command line, main() included: link it with your subjects to get your own runner),
# iterconf::gtest (the same for GoogleTest: a main() that makes a test of each subject and case).
# The same names come from add_subdirectory, FetchContent and find_package.
foreach(pair harness:iterconf_harness adapters:iterconf_adapters reports:iterconf_reports main:iterconf_cli
             gtest:iterconf_gtest properties:iterconf_properties warnings:iterconf_warnings)
  string(REPLACE ":" ";" pair "${pair}")
  list(GET pair 0 name)
  list(GET pair 1 target)
  set_target_properties(${target} PROPERTIES EXPORT_NAME ${name})
  add_library(iterconf::${name} ALIAS ${target})
endforeach()

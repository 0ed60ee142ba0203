# The names other projects link, the same through add_subdirectory, FetchContent and find_package:
#   iterconf::harness     loader, spec checker, planner, model, executor
#   iterconf::adapters    the adapter headers and registration
#   iterconf::reports     the reporters
#   iterconf::properties  the model-based properties (needs RapidCheck)
#   iterconf::cli         the iterconf command line with main(): link it with your subjects to get
#                         your own runner, with every command (needs RapidCheck)
#   iterconf::gtest       the same for GoogleTest: a main() making a test of each subject and case
# find_package(iterconf COMPONENTS cli gtest) asks for the last three (see iterconfConfig.cmake.in).
foreach(name harness adapters reports properties cli gtest)
  set_target_properties(iterconf_${name} PROPERTIES EXPORT_NAME ${name})
  add_library(iterconf::${name} ALIAS iterconf_${name})
endforeach()
set_target_properties(iterconf_mutants PROPERTIES EXPORT_NAME mutants)

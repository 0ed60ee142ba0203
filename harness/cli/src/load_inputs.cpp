// Loading the rules and cases for a command.
#include "load_inputs.hpp"

#include <filesystem>
#include <iostream>

#include "iterconf/inputs.hpp"

namespace iterconf::cli {

void print_problems(const std::vector<diagnostic>& problems) {
  for (const auto& p : problems) std::cerr << p.str() << '\n';
}

std::optional<loaded_inputs> load_inputs(const inputs& from) {
  inputs_load loaded = iterconf::load_inputs(from.spec_dir, from.cases_dir);
  if (!loaded.problems.empty()) {
    print_problems(loaded.problems);
    if (loaded.problems_in != "the rules")
      std::cerr << "iterconf: " << loaded.problems.size() << " problem(s) in " << loaded.problems_in << '\n';
    return std::nullopt;
  }
  return loaded_inputs{std::move(loaded.rules), std::move(loaded.cases)};
}

}  // namespace iterconf::cli

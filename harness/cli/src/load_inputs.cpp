// Loading the rules and cases for a command.
#include "load_inputs.hpp"

#include <filesystem>
#include <iostream>

#include "iterconf/loader.hpp"

namespace iterconf::cli {

void print_problems(const std::vector<diagnostic>& problems) {
  for (const auto& p : problems) std::cerr << p.str() << '\n';
}

std::optional<loaded_inputs> load_inputs(const inputs& from) {
  const auto rules_file = std::filesystem::path(from.spec_dir) / "rules.yaml";
  rules_load rules = load_rules(rules_file);
  if (!rules.problems.empty()) {
    print_problems(rules.problems);
    return std::nullopt;
  }
  cases_load cases = load_cases(from.cases_dir, rules.book);
  if (!cases.problems.empty()) {
    print_problems(cases.problems);
    std::cerr << "iterconf: " << cases.problems.size() << " problem(s) in the case files\n";
    return std::nullopt;
  }
  return loaded_inputs{std::move(rules.book), std::move(cases.cases)};
}

}  // namespace iterconf::cli

// `iterconf check`: the spec checker.
#include <iostream>
#include <set>

#include "commands.hpp"
#include "iterconf/spec_check.hpp"
#include "load_inputs.hpp"

namespace iterconf::cli {

int check(const inputs& from) {
  auto loaded = load_inputs(from);
  if (!loaded) return exit_input_error;
  const auto problems = check_spec(loaded->rules, loaded->cases, from.spec_dir);
  print_problems(problems);
  std::size_t must = 0;
  for (const auto& r : loaded->rules.rules()) must += r.strength == level::must ? 1 : 0;
  std::set<std::string> files;
  for (const auto& c : loaded->cases) files.insert(c.where.file);
  std::cout << "iterconf check: " << loaded->rules.rules().size() << " rules (" << must << " MUST), "
            << loaded->cases.size() << " cases in " << files.size() << " files: "
            << (problems.empty() ? "OK" : std::to_string(problems.size()) + " problem(s)") << '\n';
  return problems.empty() ? exit_ok : exit_gate_failed;
}

}  // namespace iterconf::cli

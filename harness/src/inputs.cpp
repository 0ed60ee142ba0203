// Loading a run's inputs (inputs.hpp).
#include "iterconf/inputs.hpp"

#include "iterconf/loader.hpp"

namespace iterconf {

inputs_load load_inputs(const std::filesystem::path& spec_dir, const std::filesystem::path& cases_dir,
                        const std::vector<std::filesystem::path>& expectation_files) {
  inputs_load out;
  rules_load rules = load_rules(spec_dir / "rules.yaml");
  if (!rules.problems.empty()) {
    out.problems = std::move(rules.problems);
    out.problems_in = "the rules";
    return out;
  }
  out.rules = std::move(rules.book);
  cases_load cases = load_cases(cases_dir, out.rules);
  if (!cases.problems.empty()) {
    out.problems = std::move(cases.problems);
    out.problems_in = "the case files";
    return out;
  }
  out.cases = std::move(cases.cases);
  for (const auto& file : expectation_files) {
    expectations_load loaded = load_expectations(file);
    out.problems.insert(out.problems.end(), loaded.problems.begin(), loaded.problems.end());
    out.expected.insert(out.expected.end(), loaded.entries.begin(), loaded.entries.end());
  }
  if (!out.problems.empty()) out.problems_in = "the expectations";
  return out;
}

}  // namespace iterconf

// Every case on a registry's subjects, in this process, as one verdict.
#include "iterconf/conformance.hpp"

#include "iterconf/data_dir.hpp"
#include "iterconf/executor.hpp"
#include "iterconf/failure_lines.hpp"
#include "iterconf/expectations.hpp"
#include "iterconf/inputs.hpp"

namespace iterconf {

outcome_counts conformance::totals() const {
  outcome_counts counts;
  for (const auto& r : results) counts.add(r.result);
  return counts;
}

conformance::operator bool() const { return problems.empty() && totals().gate_failures() == 0; }

std::ostream& operator<<(std::ostream& out, const conformance& verdict) {
  for (const auto& p : verdict.problems) out << p << '\n';
  for (const auto& r : verdict.results)
    if (fails_gate(r.result)) {
      const location& at = failure_place(r);
      out << at.file << ':' << at.line << ": " << failure_lines(r) << '\n';
    }
  const outcome_counts counts = verdict.totals();
  out << counts.total() << " results:";
  for (outcome o : all_outcomes)
    if (counts.of(o) != 0) out << ' ' << counts.of(o) << ' ' << name_of(o);
  return out;
}

conformance check_conformance(const subject_registry& subjects, const conformance_options& options) {
  conformance verdict;
  auto keep = [&](const std::vector<diagnostic>& problems) {
    for (const auto& p : problems) verdict.problems.push_back(p.str());
    return problems.empty();
  };
  const std::string spec_dir = options.spec_dir.empty() ? default_data_dir("spec") : options.spec_dir;
  const std::string cases_dir = options.cases_dir.empty() ? default_data_dir("cases") : options.cases_dir;
  std::vector<std::filesystem::path> expectations;
  if (!options.expectations.empty()) expectations.emplace_back(options.expectations);
  const inputs_load inputs = load_inputs(spec_dir, cases_dir, expectations);
  if (!keep(inputs.problems)) return verdict;
  try {
    for (const auto& item : make_plan(subjects, inputs.cases, options.select)) verdict.results.push_back(execute(item));
  } catch (const input_error& e) {
    verdict.problems.push_back(e.what());
    return verdict;
  }
  apply_expectations(verdict.results, inputs.expected);
  return verdict;
}

}  // namespace iterconf

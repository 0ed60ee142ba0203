// Checking subjects from a program of your own (a test, a plain main()), without a runner: every
// case on every subject of a registry, in this process, and a verdict that reads as a report.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "iterconf/plan.hpp"
#include "iterconf/registry.hpp"
#include "iterconf/result.hpp"

namespace iterconf {

struct conformance_options {
  /// "" for the cases and spec of the iterconf this program was built against (iterconf/data_dir.hpp).
  std::string cases_dir;
  std::string spec_dir;
  /// A file of known deviations; "" for none.
  std::string expectations;
  selectors select;
};

/// What the cases said of the subjects: true when no result fails the gate. Printed, it lists
/// each result that fails the gate (case file:line, step, expected, observed), then the totals.
struct conformance {
  std::vector<case_result> results;
  /// Problems reading the cases, the spec or the expectations: no case ran.
  std::vector<std::string> problems;

  [[nodiscard]] outcome_counts totals() const;
  explicit operator bool() const;
};

std::ostream& operator<<(std::ostream& out, const conformance& verdict);

/// Every selected case on every subject of `subjects`, in this process (a crashing subject takes
/// the program with it: the runner's isolation is for that).
conformance check_conformance(const subject_registry& subjects, const conformance_options& options = {});

}  // namespace iterconf

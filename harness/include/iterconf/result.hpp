// The result of running one case on one subject, and a whole run's results.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "iterconf/diagnostic.hpp"
#include "iterconf/outcome.hpp"

namespace iterconf {

/// One case on one subject.
struct case_result {
  std::string subject = {};
  std::string family = {};
  std::string case_id = {};
  std::string area = {};
  std::vector<std::string> rules = {};
  outcome result = outcome::pass;
  /// For FAIL, ERROR, CRASH and TIMEOUT: the step it happened at (1-based), as spelled in the case.
  std::optional<std::size_t> step_number = {};
  std::string step = {};
  std::string expected = {};
  std::string observed = {};
  /// For UNSUPPORTED, the missing capability; otherwise any further explanation.
  std::string message = {};
  location case_location = {};
  location step_location = {};
  double seconds = 0;
};

/// Counts of results by outcome.
class outcome_counts {
 public:
  void add(outcome o) { ++counts_[static_cast<std::size_t>(o)]; }
  [[nodiscard]] std::size_t of(outcome o) const { return counts_[static_cast<std::size_t>(o)]; }
  [[nodiscard]] std::size_t total() const;
  [[nodiscard]] std::size_t gate_failures() const;

 private:
  std::array<std::size_t, all_outcomes.size()> counts_{};
};

/// A whole run: what ran, with what, and every result.
struct run_report {
  std::string tool_version;
  std::string toolchain;
  std::string started_at;  // ISO 8601, UTC
  std::optional<unsigned long long> seed;
  double seconds = 0;
  std::vector<case_result> results;

  [[nodiscard]] outcome_counts totals() const;
};

}  // namespace iterconf

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
  /// The compiler and standard library the subject was built with (reports merged from several
  /// toolchains show one column per toolchain).
  std::string toolchain = {};
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
  /// For XFAIL and XPASS: the expectation's reason (why this is the subject's real behaviour).
  std::string deviation = {};
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
  /// The results that fail the gate; XPASS does not when `allow_xpass`.
  [[nodiscard]] std::size_t gate_failures(bool allow_xpass = false) const;

 private:
  std::array<std::size_t, all_outcomes.size()> counts_{};
};

/// Which part of a sharded run a report holds (index counts from 0).
struct shard_info {
  std::size_t index = 0;
  std::size_t total = 1;
};

/// A whole run: what ran, with what, and every result.
struct run_report {
  std::string tool_version;
  /// Every toolchain among the results, in the order first seen.
  std::vector<std::string> toolchains;
  std::string started_at;  // ISO 8601, UTC
  std::optional<unsigned long long> seed;
  std::optional<shard_info> shard;
  /// An expected failure that passes does not fail the gate (--allow-xpass).
  bool allow_xpass = false;
  /// The run was interrupted (SIGINT, SIGTERM): the results are those it had by then.
  bool incomplete = false;
  double seconds = 0;
  std::vector<case_result> results;

  [[nodiscard]] outcome_counts totals() const;
  /// Whether `r` fails the gate under this run's policy.
  [[nodiscard]] bool gates(const case_result& r) const {
    return fails_gate(r.result) && !(allow_xpass && r.result == outcome::xpass);
  }
  /// The number of results that fail the gate under this run's policy.
  [[nodiscard]] std::size_t gate_failures() const { return totals().gate_failures(allow_xpass); }
};

}  // namespace iterconf

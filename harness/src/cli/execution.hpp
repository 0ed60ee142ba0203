// Running a plan: in plan order or shuffled by a seed, several subjects at once, in this process
// or isolated in child processes.
#pragma once

#include <atomic>
#include <optional>
#include <vector>

#include "iterconf/plan.hpp"
#include "iterconf/result.hpp"
#include "isolation.hpp"
#include "progress.hpp"

namespace iterconf::cli {

struct execution_options {
  /// Shuffles the order the cases run in (exposing state leaking from one case to the next).
  std::optional<unsigned long long> seed;
  /// Subjects at a time, child processes and their limits (the same options as `prop`'s).
  isolation_options isolation;
};

/// Executes the plan; result slots are in plan order, and stay empty for items not run because
/// `stop` was raised (an interrupted run).
std::vector<std::optional<case_result>> execute_plan(const std::vector<plan_item>& plan,
                                                     const execution_options& options, progress& shown,
                                                     const std::atomic<bool>& stop);

}  // namespace iterconf::cli

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

/// Executes the plan, handing each result to `record` as it comes, with its index in the plan (the
/// results come in any order; one call at a time). Items not run because `stop` was raised (an
/// interrupted run) give none.
void execute_plan(const std::vector<plan_item>& plan, const execution_options& options, progress& shown,
                  const std::atomic<bool>& stop, const result_sink& record);

}  // namespace iterconf::cli

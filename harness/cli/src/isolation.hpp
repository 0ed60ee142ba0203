// The cases of a run on the isolated runner (iterconf/isolated_runner.hpp): one unit per plan
// item, a child per batch of whole subjects, each result sent back as a line.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "iterconf/isolated_runner.hpp"
#include "iterconf/plan.hpp"
#include "iterconf/result.hpp"

namespace iterconf::cli {

/// Where a run's results go as they come: the plan index of the item, and its result.
using result_sink = std::function<void(std::size_t item, case_result&& result)>;

/// Runs the batches of plan items (each a run of whole subjects) in child processes, `jobs` at a
/// time, handing each result to `record` as it comes; an item gives none if `stop` was raised first.
void execute_isolated(const std::vector<plan_item>& plan, const std::vector<std::vector<std::size_t>>& batches,
                      const isolation_options& options, const std::atomic<bool>& stop, const result_sink& record);

}  // namespace iterconf::cli

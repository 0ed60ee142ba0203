// The cases of a run on the isolated runner (iterconf/isolated_runner.hpp): one unit per plan
// item, a child per batch of whole subjects, each result sent back as a line.
#pragma once

#include <atomic>
#include <cstddef>
#include <optional>
#include <vector>

#include "iterconf/isolated_runner.hpp"
#include "iterconf/plan.hpp"
#include "iterconf/result.hpp"
#include "progress.hpp"

namespace iterconf::cli {

/// Runs the batches of plan items (each a run of whole subjects) in child processes, `jobs` at a
/// time. Results arrive in slots by plan index; a slot stays empty if `stop` was raised first.
void execute_isolated(const std::vector<plan_item>& plan, const std::vector<std::vector<std::size_t>>& batches,
                      const isolation_options& options, progress& shown, const std::atomic<bool>& stop,
                      std::vector<std::optional<case_result>>& results);

}  // namespace iterconf::cli

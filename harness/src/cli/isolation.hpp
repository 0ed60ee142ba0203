// Fault isolation: subjects run in child processes, so a subject that segfaults, aborts, hangs or
// eats all memory costs one case (CRASH or TIMEOUT, with the step it was on) and the run goes on.
// A child runs a batch of subjects' cases and is replaced after a fault, as wptrunner restarts a
// browser, rather than forking once per case or step.
#pragma once

#include <atomic>
#include <cstddef>
#include <optional>
#include <vector>

#include "iterconf/plan.hpp"
#include "iterconf/result.hpp"
#include "progress.hpp"

namespace iterconf::cli {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool memory_limit_is_enforced = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool memory_limit_is_enforced = false;
#else
inline constexpr bool memory_limit_is_enforced = true;
#endif
#else
/// Whether --memory-limit is applied: not in AddressSanitizer builds, whose reservations exceed it.
inline constexpr bool memory_limit_is_enforced = true;
#endif

struct isolation_limits {
  /// A case that gives no result for this long is killed: TIMEOUT.
  double seconds_per_case = 10;
  /// The data size a child may reach (RLIMIT_DATA); past it allocation fails: CRASH.
  std::size_t memory_mib = 2048;
};

/// Runs the batches of plan items (each a run of whole subjects) in child processes, `jobs` at a
/// time; after a fault the batch's remaining items go on in a new child.
/// Results arrive in slots by plan index; a slot stays empty if `stop` was raised first.
void execute_isolated(const std::vector<plan_item>& plan, const std::vector<std::vector<std::size_t>>& groups,
                      std::size_t jobs, const isolation_limits& limits, progress& shown,
                      const std::atomic<bool>& stop, std::vector<std::optional<case_result>>& results);

}  // namespace iterconf::cli

// The one isolated runner of both engines (`iterconf run`'s cases and `iterconf prop`'s checks):
// units of work run in child processes, `jobs` at a time, so that a subject that crashes, hangs,
// exits, eats its memory or signals its group costs the unit it was on (CRASH or TIMEOUT, with
// the step it had reached) and the run goes on. A child runs a batch of units and is replaced
// after a fault, as wptrunner restarts a browser, rather than forking once per unit.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iterconf/outcome.hpp"

namespace iterconf {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool memory_limit_is_enforced = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool memory_limit_is_enforced = false;
#else
inline constexpr bool memory_limit_is_enforced = true;
#endif
#else
/// Whether the memory limit is applied: not in AddressSanitizer builds, whose reservations exceed it.
inline constexpr bool memory_limit_is_enforced = true;
#endif

/// How units are spread over processes: the same options for `run` and `prop` (docs/cli.md, "Isolation").
struct isolation_options {
  /// Units at a time (child processes, or threads without isolation).
  std::size_t jobs = 1;
  /// Each batch in a child process; off runs everything in this process (for a debugger).
  bool isolate = true;
  /// A unit that gives no result for this long is killed: TIMEOUT.
  double seconds_per_unit = 10;
  /// The data size a child may reach (RLIMIT_DATA); past it allocation fails: CRASH.
  std::size_t memory_mib = 2048;
  /// After this many consecutive TIMEOUT units of one subject, its remaining units are
  /// not run but reported as ERROR, each with the reason (0: never cut a subject off).
  std::size_t fault_limit = 3;
};

/// A unit that ended without a result of its own.
struct unit_fault {
  outcome result = outcome::crash;    // CRASH, TIMEOUT, or ERROR for a unit not run
  std::optional<std::size_t> step;    // the step it was on (0-based), when it had begun one
  std::string message;
  double seconds = 0;
};

/// What the runner runs, and what it tells.
struct isolated_work {
  /// The units each child runs, in order; at most `jobs` children at a time.
  std::vector<std::vector<std::size_t>> batches;
  /// Which subject a unit belongs to (for the fault limit): units of one subject share a key.
  std::function<std::size_t(std::size_t unit)> subject_of;
  /// In the child: runs a unit and returns its result as one line (no newline in it); it calls
  /// `at_step(k)` as it begins step k, so that a crash can be placed.
  std::function<std::string(std::size_t unit, const std::function<void(std::size_t)>& at_step)> run;
  /// In the parent: a unit's line, as the child sent it; false if it is not one `run` writes (a
  /// subject that wrote into the runner's pipe): the unit is then a CRASH.
  std::function<bool(std::size_t unit, std::string_view line)> accept;
  /// In the parent: a unit that gave no line.
  std::function<void(std::size_t unit, const unit_fault& fault)> fault;
};

/// A stop flag that is never raised.
inline const std::atomic<bool> never_stop{false};

/// Runs the work until every unit has a line or a fault, or `stop` is raised (then the children
/// are ended and the units not reached are told nothing).
void run_isolated(const isolated_work& work, const isolation_options& options, const std::atomic<bool>& stop);

}  // namespace iterconf

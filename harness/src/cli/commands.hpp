// The subcommands of the iterconf CLI, each parsed by CLI11 in main.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "iterconf/plan.hpp"
#include "execution.hpp"
#include "progress.hpp"

namespace iterconf::cli {

/// Exit codes (README, "Exit codes").
inline constexpr int exit_ok = 0;
inline constexpr int exit_gate_failed = 1;
inline constexpr int exit_input_error = 2;
inline constexpr int exit_internal_error = 3;
/// An interrupted run exits with 128 plus the signal's number, as a shell reports it.
inline constexpr int exit_interrupted_base = 128;

/// Where the rules and the cases are read from.
struct inputs {
  std::string cases_dir;
  std::string spec_dir;
};

struct run_options {
  inputs from;
  selectors select;
  std::vector<std::string> reports;     // FORMAT:FILE
  std::string expectations;             // known deviations; "" for none
  std::string write_expectations;       // where to record the current deviations; "" for nowhere
  bool allow_xpass = false;
  std::string shard;                    // I/N; "" to follow the environment
  execution_options execution;
  verbosity level = verbosity::normal;
};

struct merge_options {
  std::vector<std::string> sources;     // JSON reports
  std::vector<std::string> reports;     // FORMAT:FILE
  bool quiet = false;
};

struct list_options {
  inputs from;
  std::string what;  // subjects, cases, rules
  selectors select;
};

int run(const run_options& options);
int merge(const merge_options& options);
int check(const inputs& from);
int list(const list_options& options);

/// The version printed by --version and written into reports.
std::string tool_version();
/// The compiler and standard library the subjects were built with.
std::string toolchain();

}  // namespace iterconf::cli

// The subcommands of the iterconf CLI, each parsed by CLI11 in main.cpp.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "iterconf/plan.hpp"
#include "iterconf/properties.hpp"
#include "execution.hpp"
#include "progress.hpp"

namespace CLI {
class App;
}

namespace iterconf::cli {

/// Exit codes (docs/cli.md, "Exit codes").
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
  bool mutants = false;                 // the mutant zoo instead of the built-in subjects
  bool strict_expectations = false;     // an entry that covers nothing fails the gate
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

/// `iterconf init DIR`: a project checking a library's types (init_command.cpp).
struct init_options {
  std::string directory;
  std::string name;  // "" for one made from the directory's name
};

/// `iterconf prop` and `iterconf mutants` (prop_command.cpp, mutants_command.cpp).
struct prop_selection {
  std::vector<std::string> subjects;
  std::vector<std::string> properties;
  std::vector<std::string> rules;
};

struct prop_options {
  prop_selection select;
  properties::check_options check;
  isolation_options isolation;
  std::optional<unsigned long long> seed;
  std::vector<std::string> expectations;  // files of known deviations, which exempt a subject from their rules
  std::vector<std::string> reports;
  bool mutants = false;      // the mutant zoo instead of the built-in subjects
  bool quiet = false;
  bool verbose = false;
  std::string write_cases;   // where to write the shrunk failures of generated-case properties
};

struct mutants_options {
  inputs from;
  prop_selection select;
  properties::check_options check;
  isolation_options isolation;
  std::optional<unsigned long long> seed;
  std::vector<std::string> reports;
  bool quiet = false;
  bool verbose = false;
};

/// --jobs, --isolate, --timeout, --memory-limit and --fault-limit: the same for `run`, `prop` and
/// `mutants` (what differs is the default time limit, and what a unit is: a case or a check).
void add_isolation_options(CLI::App& command, isolation_options& isolation, const std::string& unit);

/// The options `prop` and `mutants` share: selectors, runs, seed, jobs, reports.
void add_check_options(CLI::App& command, prop_selection& select, properties::check_options& check,
                       isolation_options& isolation, std::optional<unsigned long long>& seed,
                       std::vector<std::string>& reports);

/// The checks selected in `registry`, or nullopt (with a message) when a selector matches nothing.
std::optional<std::vector<properties::check_job>> plan_checks(const subject_registry& registry,
                                                              const prop_selection& select);
/// The command that replays one check.
std::string replay_command(const prop_options& options, const properties::check_job& job, unsigned long long seed);

/// `prop` and `mutants` on the command line: their options, bound to `options`.
CLI::App* add_prop_command(CLI::App& app, prop_options& options);
CLI::App* add_mutants_command(CLI::App& app, mutants_options& options);

int prop(const prop_options& options);
int mutants(const mutants_options& options);
int run(const run_options& options);
int merge(const merge_options& options);
int check(const inputs& from);
int list(const list_options& options);
int init(const init_options& options);

/// The version printed by --version and written into reports.
std::string tool_version();
/// The compiler and standard library the subjects were built with.
std::string toolchain();

}  // namespace iterconf::cli

// The isolation options of `run`, `prop` and `mutants`, spelled once.
#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "option_checks.hpp"

namespace iterconf::cli {

void add_isolation_options(CLI::App& command, isolation_options& isolation, const std::string& unit) {
  command.add_option("--jobs,-j", isolation.jobs, unit + "s of this many subjects at a time, each subject's in a child")
      ->check(whole_number(1, 4096))
      ->capture_default_str();
  command.add_flag("--isolate,!--no-isolate", isolation.isolate,
                   "run subjects in child processes, so that a crash or a hang costs one " + unit +
                       " (default: on; --no-isolate runs them in this process, for a debugger)");
  command.add_option("--timeout", isolation.seconds_per_unit,
                     "seconds a " + unit + " may run in isolation before it is killed (TIMEOUT)")
      ->check(seconds())
      ->capture_default_str();
  command.add_option("--memory-limit", isolation.memory_mib,
                     "MiB of data a subject's child process may allocate (past it: CRASH)")
      ->check(whole_number(16, 1ull << 24))
      ->capture_default_str();
  command.add_option("--fault-limit", isolation.fault_limit,
                     "after this many " + unit + "s in a row of one subject end in TIMEOUT, its other " +
                         unit + "s are not run but reported as ERROR (0: run every one)")
      ->check(whole_number(0, 1000000))
      ->capture_default_str();
}

}  // namespace iterconf::cli

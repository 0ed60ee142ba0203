// `iterconf run`: plan, shard, execute, apply expectations, report, gate.
#include <signal.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <iostream>

#include "commands.hpp"
#include "execution.hpp"
#include "iterconf/expectations.hpp"
#include "iterconf/report/reporter.hpp"
#include "load_inputs.hpp"
#include "report_targets.hpp"
#include "interrupts.hpp"
#include "shard.hpp"

namespace iterconf::cli {
namespace {

std::string now_iso8601() {
  const std::time_t t = std::time(nullptr);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return text;
}

}  // namespace

int run(const run_options& options) {
  // Everything that can be wrong with the input is found before anything runs.
  auto targets = parse_report_targets(options.reports);
  if (!targets) return exit_input_error;
  auto loaded = load_inputs(options.from);
  if (!loaded) return exit_input_error;
  expectations_load expected;
  if (!options.expectations.empty()) {
    expected = load_expectations(options.expectations);
    if (!expected.problems.empty()) {
      print_problems(expected.problems);
      return exit_input_error;
    }
  }
  std::vector<plan_item> plan;
  std::optional<shard_info> shard;
  try {
    plan = make_plan(options.mutants ? mutant_subjects()() : subject_registry::global(), loaded->cases,
                     options.select);
    shard = chosen_shard(options.shard);
  } catch (const input_error& e) {
    print_problems(e.problems());
    return exit_input_error;
  }
  if (shard) plan = shard_of(plan, *shard);

  run_report run;
  run.tool_version = tool_version();
  run.toolchains = {toolchain()};
  run.started_at = now_iso8601();
  run.seed = options.execution.seed;
  run.shard = shard;
  run.allow_xpass = options.allow_xpass;
  const auto started = std::chrono::steady_clock::now();
  catch_interrupts();
  {
    progress shown(options.level, plan.size());
    for (auto& slot : execute_plan(plan, options.execution, shown, interrupted()))
      if (slot) run.results.push_back(std::move(*slot));
  }
  run.incomplete = interrupted();
  for (auto& r : run.results) r.toolchain = run.toolchains.front();
  apply_expectations(run.results, expected.entries);
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  int status = run.gate_failures() == 0 ? exit_ok : exit_gate_failed;
  if (run.incomplete) status = exit_interrupted_base + interrupting_signal();
  if (!write_reports(run, *targets)) status = exit_input_error;
  if (!options.write_expectations.empty()) {
    try {
      report::write_atomically(options.write_expectations, recorded_expectations(run.results));
    } catch (const std::exception& e) {
      std::cerr << "iterconf: error: " << e.what() << '\n';
      status = exit_input_error;
    }
  }
  if (options.level != verbosity::quiet) {
    print_summary(run, *targets);
    if (run.incomplete)
      std::cout << "iterconf: interrupted by signal " << interrupting_signal() << ": " << run.results.size() << " of "
                << plan.size() << " results, reports marked incomplete\n";
    if (!options.write_expectations.empty())
      std::cout << "iterconf: wrote the current deviations to " << options.write_expectations << '\n';
  }
  return status;
}

}  // namespace iterconf::cli

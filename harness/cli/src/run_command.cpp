// `iterconf run`: plan, shard, execute, apply expectations, report, gate.
#include <signal.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <iostream>
#include <set>

#include "commands.hpp"
#include "execution.hpp"
#include "iterconf/expectations.hpp"
#include "iterconf/report/reporter.hpp"
#include "mutants/zoo.hpp"
#include "iterconf/report/result_table.hpp"
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

// The scope an expectations file is checked against: what this run could have covered.
run_scope scope_of(const subject_registry& subjects, const loaded_inputs& loaded, const run_options& options,
                   bool sharded, bool incomplete) {
  run_scope scope;
  for (const auto& s : subjects.entries()) scope.subjects.push_back(s.name);
  for (const auto& c : loaded.cases) scope.cases.push_back(c.id);
  for (const auto& r : loaded.rules.rules()) scope.rules.push_back(r.id);
  const auto& select = options.select;
  scope.whole = !sharded && !incomplete && select.subjects.empty() && select.cases.empty() && select.rules.empty();
  return scope;
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
  const subject_registry& subjects = options.mutants ? mutants::zoo() : subject_registry::global();
  std::vector<plan_item> plan;
  std::optional<shard_info> shard;
  try {
    plan = make_plan(subjects, loaded->cases, options.select);
    shard = chosen_shard(options.shard);
  } catch (const input_error& e) {
    print_problems(e.problems());
    return exit_input_error;
  }
  if (shard) plan = shard_of(plan, *shard);

  run_report run;  // the run's facts; its results are kept compactly in `results`
  run.tool_version = tool_version();
  run.toolchains = {toolchain()};
  run.started_at = now_iso8601();
  run.seed = options.execution.seed;
  run.shard = shard;
  run.allow_xpass = options.allow_xpass;
  report::result_table results;
  constexpr std::uint32_t not_run = UINT32_MAX;
  std::vector<std::uint32_t> row_of(plan.size(), not_run);  // each plan item's row in `results`
  std::set<const expectation_entry*> covering;
  std::vector<case_result> deviations;  // what --write-expectations records: XFAIL and gate failures
  const auto started = std::chrono::steady_clock::now();
  catch_interrupts();
  {
    progress shown(options.level, plan.size());
    // Each result is settled as it comes (toolchain, expectation) and kept only compactly.
    execute_plan(plan, options.execution, shown, interrupted(), [&](std::size_t item, case_result&& r) {
      r.toolchain = run.toolchains.front();
      if (const auto* e = apply_expectation(r, expected.entries)) covering.insert(e);
      if (!options.write_expectations.empty() && (r.result == outcome::xfail || fails_gate(r.result)))
        deviations.push_back(r);
      row_of[item] = static_cast<std::uint32_t>(results.size());
      results.add(r);
    });
  }
  run.incomplete = interrupted();
  {
    // The reports list the results in plan order, whatever order they ran in.
    std::vector<std::uint32_t> in_plan_order;
    in_plan_order.reserve(results.size());
    for (auto row : row_of)
      if (row != not_run) in_plan_order.push_back(row);
    std::vector<std::uint32_t>().swap(row_of);
    results.reorder(in_plan_order);
  }
  const auto stale = stale_expectations(expected.entries, {covering.begin(), covering.end()},
                                        scope_of(subjects, *loaded, options, shard.has_value(), run.incomplete));
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const report::run_summary summary{run, results.totals(), results.subjects(), results.cases()};

  int status = summary.gate_failures() == 0 ? exit_ok : exit_gate_failed;
  print_problems(stale);
  if (!stale.empty() && options.strict_expectations && status == exit_ok) status = exit_gate_failed;
  if (run.incomplete) status = exit_interrupted_base + interrupting_signal();
  const bool shown = options.level != verbosity::quiet;
  if (!write_reports(summary, [&](const auto& each) { results.for_each(each); }, *targets, shown))
    status = exit_input_error;
  if (!options.write_expectations.empty()) {
    try {
      report::write_atomically(options.write_expectations, recorded_expectations(deviations));
    } catch (const std::exception& e) {
      std::cerr << "iterconf: error: " << e.what() << '\n';
      status = exit_input_error;
    }
  }
  if (shown) {
    print_written(*targets);
    if (run.incomplete)
      std::cout << "iterconf: interrupted by signal " << interrupting_signal() << ": " << results.size() << " of "
                << plan.size() << " results, reports marked incomplete\n";
    if (!stale.empty())
      std::cout << "iterconf: " << stale.size() << " expectation entr" << (stale.size() == 1 ? "y covers" : "ies cover")
                << " nothing" << (options.strict_expectations ? " (--strict-expectations: the gate fails)" : "") << '\n';
    if (!options.write_expectations.empty())
      std::cout << "iterconf: wrote the current deviations to " << options.write_expectations << '\n';
  }
  return status;
}

}  // namespace iterconf::cli

// `iterconf run`: plan, execute, report, gate.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>
#include <numeric>
#include <random>
#include <sstream>

#include "commands.hpp"
#include "iterconf/executor.hpp"
#include "iterconf/expectations.hpp"
#include "iterconf/report/reporter.hpp"
#include "load_inputs.hpp"

namespace iterconf::cli {
namespace {

struct report_target {
  const report::reporter_entry* entry;
  std::string file;
};

std::optional<std::vector<report_target>> parse_reports(const std::vector<std::string>& specs) {
  std::vector<report_target> out;
  for (const auto& spec : specs) {
    const auto colon = spec.find(':');
    const std::string format = spec.substr(0, colon);
    const auto* entry = report::reporter_registry::global().find(format);
    if (colon == std::string::npos || colon + 1 == spec.size() || entry == nullptr) {
      std::string known;
      for (const auto& e : report::reporter_registry::global().entries()) known += (known.empty() ? "" : ", ") + e.format;
      std::cerr << "<command line>: error: --report '" << spec << "' is not FORMAT:FILE with FORMAT one of " << known
                << '\n';
      return std::nullopt;
    }
    out.push_back({entry, spec.substr(colon + 1)});
  }
  return out;
}

std::string now_iso8601() {
  const std::time_t t = std::time(nullptr);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return text;
}

}  // namespace

int run(const run_options& options) {
  auto targets = parse_reports(options.reports);
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
  try {
    plan = make_plan(subject_registry::global(), loaded->cases, options.select);
  } catch (const input_error& e) {
    print_problems(e.problems());
    return exit_input_error;
  }

  // With a seed, cases run in a shuffled order, to expose state leaking from one case to the
  // next; results are reported in plan order either way.
  std::vector<std::size_t> order(plan.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  if (options.seed) std::shuffle(order.begin(), order.end(), std::mt19937_64(*options.seed));

  run_report run;
  run.tool_version = tool_version();
  run.toolchain = toolchain();
  run.started_at = now_iso8601();
  run.seed = options.seed;
  const auto started = std::chrono::steady_clock::now();
  std::vector<case_result> results(plan.size());
  for (std::size_t i : order) results[i] = execute(plan[i]);
  apply_expectations(results, expected.entries);
  run.results = std::move(results);
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  int status = run.totals().gate_failures() == 0 ? exit_ok : exit_gate_failed;
  for (const auto& target : *targets) {
    try {
      std::ostringstream text;
      target.entry->make()->finish(run, text);
      report::write_atomically(target.file, text.str());
    } catch (const std::exception& e) {
      std::cerr << "iterconf: error: " << e.what() << '\n';
      status = exit_input_error;
    }
  }
  if (!options.quiet) {
    report::reporter_registry::global().find("console")->make()->finish(run, std::cout);
    for (const auto& target : *targets) std::cout << "iterconf: wrote " << target.entry->format << " report " << target.file << '\n';
  }
  return status;
}

}  // namespace iterconf::cli

// `iterconf mutants`: the YAML cases and the properties on every mutant of the zoo, and the kill
// matrix: which mutant each kills, and the kill rate. A mutant nothing kills is a suite weakness.
#include <fnmatch.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "commands.hpp"
#include "execution.hpp"
#include "load_inputs.hpp"
#include "mutants/zoo.hpp"
#include "report_targets.hpp"

namespace iterconf::cli {
namespace {

/// A result that shows the bug: the suite's verdict on a mutant.
bool kills(outcome o) { return o == outcome::fail || o == outcome::crash || o == outcome::timeout; }

struct verdict {
  std::size_t cases_run = 0;
  std::vector<const case_result*> case_kills;
  std::vector<const case_result*> property_kills;
  std::size_t errors = 0;  // ERROR results: a case or property that could not judge
  bool rule_hit = false;   // a case citing the rule the mutant breaks killed it
};

std::string percent(std::size_t part, std::size_t whole) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(1) << (whole == 0 ? 100.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole))
      << '%';
  return out.str();
}

std::string short_name(const std::string& property) {
  return property.rfind("prop.", 0) == 0 ? property.substr(5) : property;
}

}  // namespace

CLI::App* add_mutants_command(CLI::App& app, mutants_options& options) {
  auto* command = app.add_subcommand("mutants", "run the cases and the properties on the mutant zoo: the kill matrix");
  command->add_option("--cases", options.from.cases_dir, "case file or directory of *.yaml case files")
      ->capture_default_str();
  command->add_option("--spec", options.from.spec_dir, "spec directory holding rules.yaml and the area pages")
      ->capture_default_str();
  add_check_options(*command, options.select, options.check, options.isolation, options.seed, options.reports);
  command->add_flag("--quiet,-q", options.quiet, "print only the kill matrix's summary");
  command->add_flag("--verbose,-v", options.verbose, "print every result as it comes");
  return command;
}

int mutants(const mutants_options& options) {
  const verbosity level = options.quiet ? verbosity::quiet : options.verbose ? verbosity::verbose : verbosity::normal;
  auto targets = parse_report_targets(options.reports);
  if (!targets) return exit_input_error;
  auto loaded = load_inputs(options.from);
  if (!loaded) return exit_input_error;
  const subject_registry& zoo = mutants::zoo();
  std::vector<plan_item> plan;
  try {
    plan = make_plan(zoo, loaded->cases, selectors{options.select.subjects, {}, options.select.rules});
  } catch (const input_error& e) {
    print_problems(e.problems());
    return exit_input_error;
  }
  auto checks = plan_checks(zoo, options.select);
  if (!checks) return exit_input_error;
  const unsigned long long seed = options.seed ? *options.seed : std::random_device{}() * 4294967296ull + std::random_device{}();

  run_report run;
  run.tool_version = tool_version();
  run.toolchains = {toolchain()};
  run.seed = seed;
  const auto started = std::chrono::steady_clock::now();
  std::vector<properties::check_result> found;
  {
    progress shown(level, plan.size() + checks->size());
    execution_options execution;
    execution.isolation = options.isolation;
    execution.isolation.seconds_per_unit = isolation_options{}.seconds_per_unit;  // --timeout is the checks'
    const std::atomic<bool> never{false};
    std::vector<std::optional<case_result>> in_plan_order(plan.size());
    execute_plan(plan, execution, shown, never,
                 [&](std::size_t item, case_result&& r) { in_plan_order[item] = std::move(r); });
    for (auto& slot : in_plan_order)
      if (slot) run.results.push_back(std::move(*slot));
    found = properties::run_checks(*checks, seed, options.check, options.isolation,
                                   [&](std::size_t i, const properties::check_result& r) {
                                     shown.add(properties::to_case_result(*(*checks)[i].prop, *(*checks)[i].subject, r));
                                   });
  }
  const std::size_t case_results = run.results.size();
  prop_options replay;
  replay.mutants = true;
  replay.check = options.check;
  for (std::size_t i = 0; i < checks->size(); ++i) {
    case_result r = properties::to_case_result(*(*checks)[i].prop, *(*checks)[i].subject, found[i]);
    if (r.result == outcome::fail) r.message += "  replay: " + replay_command(replay, (*checks)[i], seed);
    run.results.push_back(std::move(r));
  }
  for (auto& r : run.results) r.toolchain = run.toolchains.front();
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  // The matrix: every selected mutant, and what killed it.
  std::vector<std::string> names;
  std::map<std::string, verdict> verdicts;
  for (const auto& m : mutants::catalog()) {
    bool selected = options.select.subjects.empty();
    for (const auto& pattern : options.select.subjects)
      selected = selected || fnmatch(pattern.c_str(), m.name.c_str(), 0) == 0;
    if (selected) names.push_back(m.name);
  }
  for (std::size_t i = 0; i < run.results.size(); ++i) {
    const case_result& r = run.results[i];
    verdict& v = verdicts[r.subject];
    if (r.result == outcome::error) ++v.errors;
    if (i < case_results && r.result != outcome::unsupported) ++v.cases_run;
    if (!kills(r.result)) continue;
    (i < case_results ? v.case_kills : v.property_kills).push_back(&r);
    const auto rule = mutants::broken_rule(r.subject);
    if (i < case_results) v.rule_hit = v.rule_hit || std::find(r.rules.begin(), r.rules.end(), rule) != r.rules.end();
  }
  std::size_t by_cases = 0, by_properties = 0, by_both = 0, by_neither = 0;
  std::vector<std::string> survivors;
  std::size_t width = 6;
  for (const auto& n : names) width = std::max(width, n.size());
  if (level != verbosity::quiet) {
    std::cout << std::left << std::setw(static_cast<int>(width)) << "mutant" << "  " << std::setw(28) << "breaks"
              << "  " << std::setw(9) << "cases" << "  " << std::setw(9) << "killed by" << "  properties that kill it\n";
  }
  for (const auto& n : names) {
    const verdict& v = verdicts[n];
    const bool c = !v.case_kills.empty(), p = !v.property_kills.empty();
    by_cases += c;
    by_properties += p;
    by_both += c && p;
    if (!c && !p) {
      ++by_neither;
      survivors.push_back(n);
    }
    if (level == verbosity::quiet) continue;
    std::set<std::string> props;
    for (const auto* r : v.property_kills) props.insert(short_name(r->case_id));
    std::string prop_list;
    for (const auto& s : props) prop_list += (prop_list.empty() ? "" : " ") + s;
    std::cout << std::left << std::setw(static_cast<int>(width)) << n << "  " << std::setw(28)
              << std::string(mutants::broken_rule(n)) + (v.rule_hit ? "" : " (*)") << "  " << std::setw(9)
              << (std::to_string(v.case_kills.size()) + "/" + std::to_string(v.cases_run)) << "  " << std::setw(9)
              << (c && p ? "both" : c ? "cases" : p ? "properties" : "NEITHER") << "  " << prop_list << '\n';
  }
  const std::size_t total = names.size();
  const std::size_t killed = total - by_neither;
  if (level != verbosity::quiet) {
    std::cout << "(*: no case citing the rule the mutant breaks killed it; cases: killing/run)\n";
    for (const auto& n : names) {
      const verdict& v = verdicts[n];
      if (v.errors > 0) std::cout << "note: " << n << ": " << v.errors << " ERROR results\n";
    }
  }
  std::cout << "iterconf mutants: " << total << " mutants; killed by cases " << by_cases << ", by properties "
            << by_properties << ", by both " << by_both << ", by cases only " << by_cases - by_both
            << ", by properties only " << by_properties - by_both << ", by neither " << by_neither << '\n'
            << "iterconf mutants: kill rate " << percent(killed, total) << " (cases " << percent(by_cases, total)
            << ", properties " << percent(by_properties, total) << "); " << plan.size() << " case runs, "
            << checks->size() << " property checks in " << std::fixed << std::setprecision(1) << run.seconds
            << " s, seed " << seed << '\n';
  for (const auto& s : survivors) std::cout << "iterconf mutants: SURVIVOR " << s << " (" << mutants::broken_rule(s) << ")\n";
  if (!write_reports(run, *targets)) return exit_input_error;
  for (const auto& target : *targets)
    if (level != verbosity::quiet) std::cout << "iterconf: wrote " << target.entry->format << " report " << target.file << '\n';
  return survivors.empty() ? exit_ok : exit_gate_failed;
}

}  // namespace iterconf::cli

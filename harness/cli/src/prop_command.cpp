// `iterconf prop`: the model-based properties over the subjects, each property a test with its
// rules; failures print their seed, the shrunk sequence and the command that replays them.
#include <fnmatch.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <limits>
#include <random>
#include <thread>

#include "commands.hpp"
#include "iterconf/properties.hpp"
#include "interrupts.hpp"
#include "load_inputs.hpp"
#include "option_checks.hpp"
#include "mutants/zoo.hpp"
#include "report_targets.hpp"

namespace iterconf::cli {
namespace {

bool matches_any(const std::vector<std::string>& patterns, const std::string& text) {
  if (patterns.empty()) return true;
  for (const auto& p : patterns)
    if (fnmatch(p.c_str(), text.c_str(), 0) == 0) return true;
  return false;
}

std::string quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string now_iso8601() {
  const std::time_t t = std::time(nullptr);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return text;
}

// A selector that selects nothing is a typo far more often than an intent.
bool each_selects(const std::vector<std::string>& patterns, const std::vector<std::string>& names, const char* what) {
  bool ok = true;
  for (const auto& p : patterns) {
    bool hit = false;
    for (const auto& n : names) hit = hit || fnmatch(p.c_str(), n.c_str(), 0) == 0;
    if (!hit) {
      std::cerr << "<command line>: error: --" << what << " '" << p << "' matches no " << what << '\n';
      ok = false;
    }
  }
  return ok;
}

}  // namespace

void add_check_options(CLI::App& command, prop_selection& select, properties::check_options& check,
                       isolation_options& isolation, std::optional<unsigned long long>& seed,
                       std::vector<std::string>& reports) {
  isolation.jobs = std::max(1u, std::thread::hardware_concurrency());
  isolation.seconds_per_unit = 120;
  command.add_option("--subject", select.subjects, "check only subjects matching this glob (repeatable)");
  command.add_option("--property", select.properties, "check only properties matching this glob (repeatable)");
  command.add_option("--rule", select.rules, "check only properties citing a rule matching this glob (repeatable)");
  command.add_option("--runs", check.runs, "operation sequences each property must pass on each subject")
      ->check(whole_number(1, 1000000))
      ->capture_default_str();
  command.add_option("--max-size", check.max_size, "the most operations in a sequence")
      ->check(whole_number(1, 1000000))
      ->capture_default_str();
  command.add_option("--seed", seed, "the run's seed (every run prints it): the same seed replays the same sequences")
      ->check(whole_number(0, std::numeric_limits<unsigned long long>::max()));
  add_isolation_options(command, isolation, "check");
  command.add_option("--report", reports,
                     "write a report: FORMAT:FILE with FORMAT junit, json, markdown, html or console (repeatable)");
}

CLI::App* add_prop_command(CLI::App& app, prop_options& options) {
  auto* command = app.add_subcommand("prop", "model-based properties: random operation sequences against a model");
  add_check_options(*command, options.select, options.check, options.isolation, options.seed, options.reports);
  command->add_option("--expectations", options.expectations,
                      "files of known deviations: their subjects are exempt (XFAIL) from the rules they name "
                      "(repeatable)");
  command->add_flag("--mutants", options.mutants, "check the mutant zoo instead of the built-in subjects");
  command->add_option("--write-cases", options.write_cases,
                      "write each shrunk failure as a YAML case to this file (its rules, given values and steps, "
                      "the failing step asserting the model's answer), for `iterconf run --cases FILE --subject S` "
                      "to replay as the same failure; a failure the case format cannot say is written as a comment");
  command->add_flag("--quiet,-q", options.quiet, "print nothing; only the exit code and the reports tell");
  command->add_flag("--verbose,-v", options.verbose, "print every result as it comes");
  return command;
}

std::optional<std::vector<properties::check_job>> plan_checks(const subject_registry& registry,
                                                              const prop_selection& select) {
  std::vector<std::string> subject_names, property_names, rule_ids;
  for (const auto& s : registry.entries()) subject_names.push_back(s.name);
  for (const auto& p : properties::catalog()) {
    property_names.push_back(p.name);
    rule_ids.insert(rule_ids.end(), p.rules.begin(), p.rules.end());
  }
  if (!each_selects(select.subjects, subject_names, "subject") | !each_selects(select.properties, property_names, "property") |
      !each_selects(select.rules, rule_ids, "rule"))
    return std::nullopt;
  std::vector<properties::check_job> jobs;
  for (const auto& s : registry.entries()) {
    if (!matches_any(select.subjects, s.name)) continue;
    for (const auto& p : properties::catalog()) {
      if (!matches_any(select.properties, p.name)) continue;
      bool cites = select.rules.empty();
      for (const auto& r : p.rules) cites = cites || matches_any(select.rules, r);
      if (cites) jobs.push_back({&p, &s});
    }
  }
  return jobs;
}

std::string replay_command(const prop_options& options, const properties::check_job& job,
                           unsigned long long seed) {
  // The same seed and the same search give the same sequences; other checks do not matter.
  const properties::check_options defaults;
  std::string out = std::string("iterconf prop") + (options.mutants ? " --mutants" : "") + " --subject " +
                    quoted(job.subject->name) + " --property " + job.prop->name + " --seed " + std::to_string(seed);
  if (options.check.runs != defaults.runs) out += " --runs " + std::to_string(options.check.runs);
  if (options.check.max_size != defaults.max_size) out += " --max-size " + std::to_string(options.check.max_size);
  return out;
}

namespace {

// The shrunk failures as one case file, written whole or not at all (a temporary, then a rename).
// Each case is preceded by the command that replays it; a failure no case can say is comments only.
bool write_regression_cases(const std::string& file, const std::vector<properties::check_job>& jobs,
                            const std::vector<std::string>& cases, bool mutants, verbosity level) {
  std::string text = "# Cases written by `iterconf prop --write-cases`: each is a shrunk property failure, replayed\n"
                     "# as the same failure by `iterconf run --cases " + file + " --subject <its subject>`.\n";
  std::size_t written = 0, described = 0;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    if (cases[i].empty()) continue;
    const bool is_case = cases[i].find("\n- id: ") != std::string::npos || cases[i].rfind("- id: ", 0) == 0;
    text += "\n";
    if (is_case)
      text += std::string("# replay: iterconf run") + (mutants ? " --mutants" : "") + " --cases " + quoted(file) +
              " --subject " + quoted(jobs[i].subject->name) + "\n";
    text += cases[i];
    ++(is_case ? written : described);
  }
  const std::string temporary = file + ".partial";
  {
    std::ofstream out(temporary, std::ios::binary);
    out << text;
    if (!out.flush()) {
      std::cerr << file << ": error: cannot write the cases: " << std::strerror(errno) << '\n';
      return false;
    }
  }
  if (std::rename(temporary.c_str(), file.c_str()) != 0) {
    std::cerr << file << ": error: cannot write the cases: " << std::strerror(errno) << '\n';
    std::remove(temporary.c_str());
    return false;
  }
  if (level != verbosity::quiet) {
    std::cout << "iterconf prop: wrote " << written << " cases to " << file;
    if (described != 0) std::cout << " (and " << described << " failures the case format cannot say, as comments)";
    std::cout << '\n';
  }
  return true;
}

}  // namespace

int prop(const prop_options& options) {
  const verbosity level = options.quiet ? verbosity::quiet : options.verbose ? verbosity::verbose : verbosity::normal;
  auto targets = parse_report_targets(options.reports);
  if (!targets) return exit_input_error;
  expectations_load known;
  for (const auto& file : options.expectations) {
    if (options.mutants || file.empty()) continue;
    auto loaded = load_expectations(file);
    if (!loaded.problems.empty()) {
      print_problems(loaded.problems);
      return exit_input_error;
    }
    known.entries.insert(known.entries.end(), loaded.entries.begin(), loaded.entries.end());
  }
  const subject_registry& registry = options.mutants ? mutants::zoo() : subject_registry::global();
  auto jobs = plan_checks(registry, options.select);
  if (!jobs) return exit_input_error;
  const unsigned long long seed = options.seed ? *options.seed : std::random_device{}() * 4294967296ull + std::random_device{}();

  run_report run;
  run.tool_version = tool_version();
  run.toolchains = {toolchain()};
  run.started_at = now_iso8601();
  run.seed = seed;
  if (level != verbosity::quiet)
    std::cout << "iterconf prop: seed " << seed << ", " << options.check.runs << " sequences per check, "
              << jobs->size() << " checks, " << options.isolation.jobs << " at a time\n";
  // A check's result as reported: the replay command of a failure, known deviations as XFAIL.
  auto judged = [&](const properties::check_job& job, const properties::check_result& found) {
    case_result r = properties::to_case_result(*job.prop, *job.subject, found);
    r.toolchain = run.toolchains.front();
    if (r.result == outcome::fail) {
      r.step_location = {"<" + job.prop->name + " seed " + std::to_string(seed) + ">",
                         static_cast<int>(found.failing_step), 1};
      r.message += "  replay: " + replay_command(options, job, seed);
    }
    // Known deviations, matched by subject, case (the property's name) and rule, as `run` matches
    // them; a property that finds nothing does not show a deviation gone.
    apply_expectation(r, known.entries, covered_pass::stays_pass);
    return r;
  };
  const auto started = std::chrono::steady_clock::now();
  std::vector<std::optional<case_result>> slots(jobs->size());
  std::vector<std::string> regressions(jobs->size());
  catch_interrupts();
  {
    progress shown(level, jobs->size());
    properties::run_checks(
        *jobs, seed, options.check, options.isolation,
        [&](std::size_t i, const properties::check_result& r) {
          slots[i] = judged((*jobs)[i], r);
          if (fails_gate(slots[i]->result)) regressions[i] = r.regression_case;
          shown.add(*slots[i]);
        },
        interrupted());
  }
  for (auto& slot : slots)
    if (slot) run.results.push_back(std::move(*slot));
  run.incomplete = interrupted();
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  int status = run.gate_failures() == 0 ? exit_ok : exit_gate_failed;
  if (run.incomplete) status = exit_interrupted_base + interrupting_signal();
  if (!write_reports(run, *targets)) status = exit_input_error;
  if (!options.write_cases.empty() && !write_regression_cases(options.write_cases, *jobs, regressions, options.mutants, level))
    status = exit_input_error;
  if (level != verbosity::quiet) {
    print_summary(run, *targets);
    if (run.incomplete)
      std::cout << "iterconf prop: interrupted by signal " << interrupting_signal() << ": " << run.results.size()
                << " of " << jobs->size() << " results, reports marked incomplete\n";
    std::cout << "iterconf prop: " << jobs->size() << " checks in " << run.seconds << " s, seed " << seed << '\n';
  }
  return status;
}

}  // namespace iterconf::cli

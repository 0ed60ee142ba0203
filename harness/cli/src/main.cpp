// The iterconf command line: parsing with CLI11, then one of the commands.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <limits>

#include "commands.hpp"
#include "iterconf/data_dir.hpp"
#include "option_checks.hpp"

namespace iterconf::cli {

std::string tool_version() { return ITERCONF_VERSION; }

std::string toolchain() {
#if defined(__clang__)
  std::string compiler = "clang " __clang_version__;
#elif defined(__GNUC__)
  std::string compiler = "g++ " __VERSION__;
#else
  std::string compiler = "unknown compiler";
#endif
#if defined(_LIBCPP_VERSION)
  return compiler + ", libc++ " + std::to_string(_LIBCPP_VERSION);
#elif defined(__GLIBCXX__)
  return compiler + ", libstdc++ " + std::to_string(__GLIBCXX__);
#else
  return compiler;
#endif
}

namespace {

void add_inputs(CLI::App& command, inputs& from) {
  command.add_option("--cases", from.cases_dir, "case file or directory of *.yaml case files")
      ->capture_default_str();
  command.add_option("--spec", from.spec_dir, "spec directory holding rules.yaml and the area pages")
      ->capture_default_str();
}

void add_selectors(CLI::App& command, selectors& select) {
  command.add_option("--subject", select.subjects, "run only subjects matching this glob (repeatable)");
  command.add_option("--case", select.cases, "run only cases whose id matches this glob (repeatable)");
  command.add_option("--rule", select.rules, "run only cases citing a rule matching this glob (repeatable)");
}

}  // namespace
}  // namespace iterconf::cli

int main(int argc, char** argv) {
  using namespace iterconf::cli;
  CLI::App app{"iterconf: conformance checks for the iteration protocol (iter, next, for, in, generators) in C++"};
  app.set_version_flag("--version", tool_version());
  app.require_subcommand(1);

  const inputs defaults{iterconf::default_data_dir("cases"), iterconf::default_data_dir("spec")};

  run_options run_opts;
  run_opts.from = defaults;
  bool quiet = false, verbose = false;
  auto* run_cmd = app.add_subcommand("run", "run the cases over the subjects and gate on the results");
  add_inputs(*run_cmd, run_opts.from);
  add_selectors(*run_cmd, run_opts.select);
  run_cmd->add_option("--report", run_opts.reports,
                      "write a report: FORMAT:FILE with FORMAT junit, json, markdown, html or console (repeatable)");
  run_cmd->add_option("--expectations", run_opts.expectations,
                      "a file of known deviations: their failures are XFAIL, their passes XPASS");
  run_cmd->add_flag("--allow-xpass", run_opts.allow_xpass, "an expected failure that passes does not fail the gate");
  run_cmd->add_flag("--mutants", run_opts.mutants,
                    "run the cases on the mutant zoo instead of the built-in subjects (replays what "
                    "`iterconf prop --mutants --write-cases` wrote)");
  run_cmd->add_flag("--strict-expectations", run_opts.strict_expectations,
                    "an expectation entry that covers no result fails the gate (without it: a warning)");
  run_cmd->add_option("--write-expectations", run_opts.write_expectations,
                      "record the current deviations (failures and XFAILs) as an expectations file");
  run_cmd->add_option("--shard", run_opts.shard,
                      "run shard I of N (I from 1); without it TEST_TOTAL_SHARDS/TEST_SHARD_INDEX (Bazel) or "
                      "GTEST_TOTAL_SHARDS/GTEST_SHARD_INDEX (GoogleTest) are honoured");
  run_cmd->add_option("--seed", run_opts.execution.seed, "run the cases in an order shuffled by this seed")
      ->check(whole_number(0, std::numeric_limits<unsigned long long>::max()));
  add_isolation_options(*run_cmd, run_opts.execution.isolation, "case");
  run_cmd->add_flag("--quiet,-q", quiet, "print nothing; only the exit code and the reports tell");
  run_cmd->add_flag("--verbose,-v", verbose, "print every result as it comes");

  prop_options prop_opts;
  auto* prop_cmd = add_prop_command(app, prop_opts);
  mutants_options mutants_opts;
  mutants_opts.from = defaults;
  auto* mutants_cmd = add_mutants_command(app, mutants_opts);

  merge_options merge_opts;
  auto* merge_cmd = app.add_subcommand("merge", "merge JSON reports of shards or toolchains into one report");
  merge_cmd->add_option("reports", merge_opts.sources, "JSON reports written by iterconf run --report json:FILE")
      ->required()
      ->check(CLI::ExistingFile);
  merge_cmd->add_option("--report", merge_opts.reports, "write the merged report: FORMAT:FILE (repeatable)");
  merge_cmd->add_flag("--quiet,-q", merge_opts.quiet, "print nothing");

  inputs check_opts = defaults;
  auto* check_cmd = app.add_subcommand("check", "check the spec: rules, their pages and the cases agree");
  add_inputs(*check_cmd, check_opts);

  list_options list_opts{defaults, {}, {}};
  auto* list_cmd = app.add_subcommand("list", "list subjects, cases, rules, outcomes, capabilities or reporters");
  list_cmd->add_option("what", list_opts.what, "subjects, cases, rules, outcomes, capabilities or reporters")
      ->required()
      ->check(CLI::IsMember({"subjects", "cases", "rules", "outcomes", "capabilities", "reporters"}));
  add_inputs(*list_cmd, list_opts.from);
  add_selectors(*list_cmd, list_opts.select);

  init_options init_opts;
  auto* init_cmd = app.add_subcommand("init", "write a CMake project that checks your library's types with iterconf");
  init_cmd->add_option("directory", init_opts.directory, "where to write CMakeLists.txt, subjects.cpp, expectations.yaml")
      ->required();
  init_cmd->add_option("--name", init_opts.name, "the project's name (default: the directory's, as an identifier)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "<command line>: error: " << e.what() << "\nRun with --help for usage.\n";
    return exit_input_error;
  }
  // Nothing throws past main: an exception here is iterconf's own bug, reported as such.
  try {
    if (*run_cmd) {
      run_opts.level = quiet ? verbosity::quiet : verbose ? verbosity::verbose : verbosity::normal;
      return run(run_opts);
    }
    if (*prop_cmd) return prop(prop_opts);
    if (*mutants_cmd) return mutants(mutants_opts);
    if (*merge_cmd) return merge(merge_opts);
    if (*check_cmd) return check(check_opts);
    if (*init_cmd) return init(init_opts);
    return list(list_opts);
  } catch (const std::exception& e) {
    std::cerr << "iterconf: internal error: " << e.what() << '\n';
    return exit_internal_error;
  }
}

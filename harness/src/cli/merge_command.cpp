// `iterconf merge`: one report from the JSON reports of shards or of different toolchains.
#include "commands.hpp"
#include "iterconf/report/json_report.hpp"
#include "iterconf/report/merge.hpp"
#include "load_inputs.hpp"
#include "report_targets.hpp"

namespace iterconf::cli {

int merge(const merge_options& options) {
  auto targets = parse_report_targets(options.reports);
  if (!targets) return exit_input_error;
  run_report merged;
  try {
    std::vector<report::report_source> sources;
    for (const auto& file : options.sources) sources.push_back({file, report::read_json_report(file)});
    merged = report::merge_reports(sources);
  } catch (const input_error& e) {
    print_problems(e.problems());
    return exit_input_error;
  }
  int status = merged.gate_failures() == 0 ? exit_ok : exit_gate_failed;
  if (!write_reports(merged, *targets)) status = exit_input_error;
  if (!options.quiet) print_summary(merged, *targets);
  return status;
}

}  // namespace iterconf::cli

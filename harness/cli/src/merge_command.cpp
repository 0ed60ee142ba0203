// `iterconf merge`: one report from the JSON reports of shards or of different toolchains, read
// and written one result at a time.
#include "commands.hpp"
#include "iterconf/report/merge.hpp"
#include "load_inputs.hpp"
#include "report_targets.hpp"

namespace iterconf::cli {

int merge(const merge_options& options) {
  auto targets = parse_report_targets(options.reports);
  if (!targets) return exit_input_error;
  report::merged_report merged;
  try {
    merged = report::merge_reports({options.sources.begin(), options.sources.end()});
  } catch (const input_error& e) {
    print_problems(e.problems());
    return exit_input_error;
  }
  const report::run_summary summary{merged.run, merged.results.totals(), merged.results.subjects(),
                                    merged.results.cases()};
  int status = summary.gate_failures() == 0 ? exit_ok : exit_gate_failed;
  if (!write_reports(summary, [&](const auto& each) { merged.results.for_each(each); }, *targets, !options.quiet))
    status = exit_input_error;
  if (!options.quiet) print_written(*targets);
  return status;
}

}  // namespace iterconf::cli

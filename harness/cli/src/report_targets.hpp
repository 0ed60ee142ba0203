// `--report FORMAT:FILE`: checked before anything runs, written when the run is over, every
// report from one pass over the results.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "iterconf/report/reporter.hpp"

namespace iterconf::cli {

struct report_target {
  const report::reporter_entry* entry;
  std::string file;
};

/// nullopt (with a message on stderr) when a spec names no known format or no file.
std::optional<std::vector<report_target>> parse_report_targets(const std::vector<std::string>& specs);

/// A run's results in report order, handed one at a time to `each`.
using result_stream = std::function<void(const std::function<void(const case_result&)>& each)>;

/// Writes every report atomically, and the console summary on stdout when `to_console`, feeding
/// every reporter the same one pass over `results`; false (with a message on stderr) if a report
/// could not be written.
bool write_reports(const report::run_summary& run, const result_stream& results,
                   const std::vector<report_target>& targets, bool to_console);

/// Where each report went, on stdout.
void print_written(const std::vector<report_target>& targets);

/// The same for a run whose results are all in `run.results`: its reports, then its summary.
bool write_reports(const run_report& run, const std::vector<report_target>& targets);
void print_summary(const run_report& run, const std::vector<report_target>& targets);

}  // namespace iterconf::cli

// `--report FORMAT:FILE`: checked before anything runs, written when the run is over.
#pragma once

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

/// Writes every report atomically; false (with a message on stderr) if one could not be written.
bool write_reports(const run_report& run, const std::vector<report_target>& targets);

/// The console summary on stdout, and where each report went.
void print_summary(const run_report& run, const std::vector<report_target>& targets);

}  // namespace iterconf::cli

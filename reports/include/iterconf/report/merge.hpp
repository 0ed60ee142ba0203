// Merging reports: shards of one run, or runs of the same cases built with different toolchains.
#pragma once

#include <filesystem>
#include <vector>

#include "iterconf/result.hpp"

namespace iterconf::report {

struct report_source {
  std::filesystem::path file;
  run_report run;
};

/// One report holding every result of every source. A result present twice (same toolchain,
/// subject and case) means shards overlapped: input_error naming both files.
run_report merge_reports(const std::vector<report_source>& sources);

}  // namespace iterconf::report

// Merging reports: shards of one run, or runs of the same cases built with different toolchains.
#pragma once

#include <filesystem>
#include <vector>

#include "iterconf/report/result_table.hpp"
#include "iterconf/result.hpp"

namespace iterconf::report {

/// The merge of several reports: the run's facts (its `results` empty) and every result.
struct merged_report {
  run_report run;
  result_table results;
};

/// One report holding every result of every JSON report in `files`, read one result at a time,
/// the results ordered by subject, case and toolchain, each as first seen. A result present twice
/// (same toolchain, subject and case) means shards overlapped: input_error naming both files; a
/// file that is no report: input_error naming it.
merged_report merge_reports(const std::vector<std::filesystem::path>& files);

}  // namespace iterconf::report

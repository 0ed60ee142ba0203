// Merging reports, one result at a time into a compact table.
#include "iterconf/report/merge.hpp"

#include <algorithm>

#include "iterconf/diagnostic.hpp"
#include "iterconf/report/json_report.hpp"

namespace iterconf::report {

merged_report merge_reports(const std::vector<std::filesystem::path>& files) {
  merged_report merged;
  if (files.empty()) return merged;
  run_report& into = merged.run;
  into.allow_xpass = true;
  std::vector<std::uint32_t> source_of;  // the file each row came from
  for (std::size_t f = 0; f < files.size(); ++f) {
    const run_report run = read_json_report(files[f], [&](case_result&& r) {
      merged.results.add(r);
      source_of.push_back(static_cast<std::uint32_t>(f));
    });
    if (f == 0) {
      into.tool_version = run.tool_version;
      into.seed = run.seed;
      into.started_at = run.started_at;
    }
    into.seconds += run.seconds;
    into.started_at = std::min(into.started_at, run.started_at);
    into.allow_xpass = into.allow_xpass && run.allow_xpass;  // the strictest policy wins
    into.incomplete = into.incomplete || run.incomplete;
    if (into.seed != run.seed) into.seed.reset();
    for (const auto& t : run.toolchains)
      if (std::find(into.toolchains.begin(), into.toolchains.end(), t) == into.toolchains.end())
        into.toolchains.push_back(t);
  }
  // Sorted, a result found twice is next to its first: the first is kept, the others are doubles.
  const std::vector<std::uint32_t> sorted = merged.results.first_seen_order();
  std::vector<std::uint32_t> kept;
  kept.reserve(sorted.size());
  std::vector<diagnostic> doubled;
  for (std::size_t k = 0; k < sorted.size(); ++k) {
    const std::uint32_t row = sorted[k];
    if (kept.empty() || merged.results.key(kept.back()) != merged.results.key(row)) {
      kept.push_back(row);
      continue;
    }
    doubled.push_back({{files[source_of[row]].string(), 0, 0},
                       "case '" + merged.results.case_of(row) + "' on subject '" + merged.results.subject_of(row) +
                           "' (" + merged.results.toolchain_of(row) + ") is also in " +
                           files[source_of[kept.back()]].string() + ": the shards overlap"});
  }
  if (!doubled.empty()) throw input_error(doubled);
  merged.results.reorder(kept);
  return merged;
}

}  // namespace iterconf::report

// Merging reports.
#include "iterconf/report/merge.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "iterconf/diagnostic.hpp"

namespace iterconf::report {

namespace {

/// Positions in first-seen order, so merged shards keep the subjects' and cases' original order.
class first_seen {
 public:
  std::size_t rank(const std::string& key) { return ranks_.emplace(key, ranks_.size()).first->second; }

 private:
  std::map<std::string, std::size_t> ranks_;
};

}  // namespace

run_report merge_reports(const std::vector<report_source>& sources) {
  run_report merged;
  if (sources.empty()) return merged;
  merged.tool_version = sources.front().run.tool_version;
  merged.seed = sources.front().run.seed;
  merged.allow_xpass = true;
  merged.started_at = sources.front().run.started_at;
  std::map<std::tuple<std::string, std::string, std::string>, const std::filesystem::path*> seen;
  std::vector<diagnostic> doubled;
  for (const auto& source : sources) {
    const run_report& run = source.run;
    merged.seconds += run.seconds;
    merged.started_at = std::min(merged.started_at, run.started_at);
    merged.allow_xpass = merged.allow_xpass && run.allow_xpass;  // the strictest policy wins
    merged.incomplete = merged.incomplete || run.incomplete;
    if (merged.seed != run.seed) merged.seed.reset();
    for (const auto& t : run.toolchains)
      if (std::find(merged.toolchains.begin(), merged.toolchains.end(), t) == merged.toolchains.end())
        merged.toolchains.push_back(t);
    for (const auto& r : run.results) {
      auto key = std::make_tuple(r.toolchain, r.subject, r.case_id);
      auto [it, fresh] = seen.emplace(key, &source.file);
      if (!fresh) {
        doubled.push_back({{source.file.string(), 0, 0}, "case '" + r.case_id + "' on subject '" + r.subject +
                                                             "' (" + r.toolchain + ") is also in " +
                                                             it->second->string() + ": the shards overlap"});
        continue;
      }
      merged.results.push_back(r);
    }
  }
  if (!doubled.empty()) throw input_error(doubled);
  first_seen subjects, cases, toolchains;
  for (const auto& r : merged.results) subjects.rank(r.subject), cases.rank(r.case_id), toolchains.rank(r.toolchain);
  std::stable_sort(merged.results.begin(), merged.results.end(), [&](const case_result& a, const case_result& b) {
    return std::make_tuple(subjects.rank(a.subject), cases.rank(a.case_id), toolchains.rank(a.toolchain)) <
           std::make_tuple(subjects.rank(b.subject), cases.rank(b.case_id), toolchains.rank(b.toolchain));
  });
  return merged;
}

}  // namespace iterconf::report

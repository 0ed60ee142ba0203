// The reporter catalog, the summary of a whole run and atomic report files.
#include <fstream>
#include <set>
#include <string_view>
#include <stdexcept>
#include <unistd.h>

#include "builtin_reporters.hpp"
#include "iterconf/report/reporter.hpp"

namespace iterconf::report {

// The built-in reporters are added explicitly on first use (as Catch2 does), so the library
// needs no registration at program start and links as an ordinary static library; a program's
// own reporters (ITERCONF_REPORTER) are added beside them.
reporter_registry& reporter_registry::global() {
  static reporter_registry registry = [] {
    reporter_registry built_in;
    for (auto& entry : builtin_reporters()) built_in.add(std::move(entry));
    return built_in;
  }();
  return registry;
}

void reporter_registry::add(reporter_entry entry) {
  if (find(entry.format) != nullptr) throw std::logic_error("iterconf: reporter '" + entry.format + "' registered twice");
  entries_.push_back(std::move(entry));
}

const reporter_entry* reporter_registry::find(const std::string& format) const {
  for (const auto& e : entries_)
    if (e.format == format) return &e;
  return nullptr;
}

run_summary summary_of(const run_report& run) {
  run_summary summary;
  summary.run.tool_version = run.tool_version;
  summary.run.toolchains = run.toolchains;
  summary.run.started_at = run.started_at;
  summary.run.seed = run.seed;
  summary.run.shard = run.shard;
  summary.run.allow_xpass = run.allow_xpass;
  summary.run.incomplete = run.incomplete;
  summary.run.seconds = run.seconds;
  summary.totals = run.totals();
  std::set<std::string_view> subjects, cases;
  for (const auto& r : run.results) subjects.insert(r.subject), cases.insert(r.case_id);
  summary.subjects = subjects.size();
  summary.cases = cases.size();
  return summary;
}

void report_whole_run(reporter& to, const run_report& run, std::ostream& out) {
  const run_summary summary = summary_of(run);
  to.begin(summary, out);
  for (const auto& r : run.results) to.on_result(r, out);
  to.finish(summary, out);
}

report_file::report_file(std::filesystem::path path)
    : path_(std::move(path)), temporary_(path_.string() + ".tmp." + std::to_string(::getpid())) {
  if (path_.has_parent_path()) std::filesystem::create_directories(path_.parent_path());
  out_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!out_) throw std::runtime_error(path_.string() + ": cannot write report");
}

report_file::~report_file() {
  if (committed_) return;
  out_.close();
  std::error_code ec;
  std::filesystem::remove(temporary_, ec);
}

void report_file::commit() {
  out_.flush();
  if (!out_) throw std::runtime_error(path_.string() + ": cannot write report");
  out_.close();
  std::error_code ec;
  std::filesystem::rename(temporary_, path_, ec);
  if (ec) throw std::runtime_error(path_.string() + ": cannot write report: " + ec.message());
  committed_ = true;
}

void write_atomically(const std::filesystem::path& path, const std::string& text) {
  report_file file(path);
  file.stream() << text;
  file.commit();
}

}  // namespace iterconf::report

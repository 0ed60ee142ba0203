// Reporters: each writes one format from the same stream of results. One registration each.
#pragma once

#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "iterconf/result.hpp"

namespace iterconf::report {

/// What a reporter is told of a run besides its results, before the first of them: the run's
/// facts (`run.results` stays empty: the results come one at a time) and its counts.
struct run_summary {
  run_report run;
  outcome_counts totals;
  std::size_t subjects = 0;
  std::size_t cases = 0;

  /// Whether `r` fails the gate under the run's policy.
  [[nodiscard]] bool gates(const case_result& r) const { return run.gates(r); }
  [[nodiscard]] std::size_t gate_failures() const { return totals.gate_failures(run.allow_xpass); }
};

/// The summary of a run whose results are all in `run.results` (they are not copied).
run_summary summary_of(const run_report& run);

/// Writes one format from the stream of a run's results: `begin` with the summary, `on_result`
/// for each result in the report's order (a subject's results together), then `finish`, all to
/// the same stream. A reporter writes each result as it comes, or keeps only what it aggregates:
/// a run may have millions.
class reporter {
 public:
  virtual ~reporter() = default;
  virtual void begin(const run_summary& /*run*/, std::ostream& /*out*/) {}
  virtual void on_result(const case_result& result, std::ostream& out) = 0;
  virtual void finish(const run_summary& run, std::ostream& out) = 0;
};

/// The whole of `run` through `to`: what a run with its results in a vector reports.
void report_whole_run(reporter& to, const run_report& run, std::ostream& out);

/// A registered format: `--report FORMAT:FILE` picks it by name.
struct reporter_entry {
  std::string format;
  std::string description;
  std::function<std::unique_ptr<reporter>()> make;
};

class reporter_registry {
 public:
  static reporter_registry& global();
  void add(reporter_entry entry);
  [[nodiscard]] const reporter_entry* find(const std::string& format) const;
  [[nodiscard]] const std::vector<reporter_entry>& entries() const { return entries_; }

 private:
  std::vector<reporter_entry> entries_;
};

/// Registers a reporter class at program start.
struct reporter_registrar {
  reporter_registrar(std::string format, std::string description, std::function<std::unique_ptr<reporter>()> make) {
    reporter_registry::global().add({std::move(format), std::move(description), std::move(make)});
  }
};

/// A report file written through a temporary file and a rename, so a reader never sees half a
/// report: write to `stream()`, then `commit()`; a file not committed is removed. Both throw
/// std::runtime_error naming the path on failure.
class report_file {
 public:
  explicit report_file(std::filesystem::path path);
  ~report_file();
  report_file(const report_file&) = delete;
  report_file& operator=(const report_file&) = delete;
  std::ostream& stream() { return out_; }
  void commit();

 private:
  std::filesystem::path path_;
  std::filesystem::path temporary_;
  std::ofstream out_;
  bool committed_ = false;
};

/// Writes `text` to `path` atomically (a report_file).
void write_atomically(const std::filesystem::path& path, const std::string& text);

}  // namespace iterconf::report

/// Registers `Class` (default-constructible, derived from reporter) as format `format`.
#define ITERCONF_REPORTER(format, description, Class)                                           \
  [[maybe_unused]] static const ::iterconf::report::reporter_registrar iterconf_reporter_##Class{ \
      format, description, [] { return std::unique_ptr<::iterconf::report::reporter>(new Class()); }}

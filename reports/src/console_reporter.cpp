// The console report: the results that fail the gate, one block per error (failure_groups.hpp says
// when two errors are the same), then a table per subject and the totals.
#include <iomanip>
#include <map>

#include "builtin_reporters.hpp"
#include "iterconf/report/failure_groups.hpp"
#include "iterconf/report/reporter.hpp"

namespace iterconf::report {
namespace {

void print_problem(const case_result& r, std::ostream& out) {
  out << std::left << std::setw(8) << name_of(r.result) << r.subject << "  " << r.case_id;
  if (r.step_number) {
    out << "\n        step " << *r.step_number << " (" << r.step << ") at " << r.step_location.file << ':'
        << r.step_location.line << ':' << r.step_location.column;
  }
  if (!r.expected.empty() || !r.observed.empty())
    out << "\n        expected: " << r.expected << "\n        observed: " << r.observed;
  if (!r.message.empty()) out << "\n        " << r.message;
  out << '\n';
}

// One error: its first result in full, then the others that showed it.
void print_group(const detail::failure_group& g, std::ostream& out) {
  print_problem(g.first, out);
  if (g.results == 1) return;
  out << "        the same error in " << (g.results - 1) << " more result" << (g.results == 2 ? "" : "s") << " ("
      << g.subjects << " subject" << (g.subjects == 1 ? "" : "s") << " in all):\n";
  for (const auto& [subject, case_id] : g.more) out << "          " << subject << "  " << case_id << '\n';
  if (g.results - 1 > g.more.size()) out << "          and " << (g.results - 1 - g.more.size()) << " more\n";
}

class console_reporter final : public reporter {
 public:
  void begin(const run_summary& run, std::ostream& /*out*/) override { policy_ = run.run; }

  void on_result(const case_result& r, std::ostream& /*out*/) override {
    auto [at, fresh] = subject_index_.emplace(r.subject, subjects_.size());
    if (fresh) subjects_.push_back({r.subject, {}});
    subjects_[at->second].second.add(r.result);
    if (policy_.gates(r)) failures_.add(r);
  }

  void finish(const run_summary& run, std::ostream& out) override {
    for (const auto* g : failures_.largest_first()) print_group(*g, out);
    if (failures_.ungrouped() > 0)
      out << "and " << failures_.ungrouped() << " more results that fail the gate, with other errors (see the JSON report)\n";
    std::size_t width = 7;
    for (const auto& s : subjects_) width = std::max(width, s.first.size());
    out << std::left << std::setw(static_cast<int>(width)) << "subject";
    for (auto o : all_outcomes) out << ' ' << std::right << std::setw(static_cast<int>(name_of(o).size())) << name_of(o);
    out << '\n';
    for (const auto& [subject, counts] : subjects_) {
      out << std::left << std::setw(static_cast<int>(width)) << subject;
      for (auto o : all_outcomes) out << ' ' << std::right << std::setw(static_cast<int>(name_of(o).size())) << counts.of(o);
      out << '\n';
    }
    out << "iterconf: " << run.subjects << " subjects, " << run.cases << " cases, " << run.totals.total() << " results:";
    const char* separator = " ";
    for (auto o : all_outcomes) {
      if (run.totals.of(o) == 0) continue;
      out << separator << run.totals.of(o) << ' ' << name_of(o);
      separator = ", ";
    }
    out << '\n'
        << (run.gate_failures() == 0 ? "iterconf: conformance gate passed"
                                     : "iterconf: conformance gate FAILED: " + std::to_string(run.gate_failures()) +
                                           " unexpected results")
        << '\n';
  }

 private:
  run_report policy_;  // the run's facts: which results fail the gate
  std::vector<std::pair<std::string, outcome_counts>> subjects_;  // in first-seen order
  std::map<std::string, std::size_t> subject_index_;
  detail::failure_groups failures_;
};

}  // namespace

reporter_entry console_reporter_entry() {
  return entry_of<console_reporter>("console", "human-readable summary: failures, a table per subject, totals");
}

}  // namespace iterconf::report

// The console report: each result that fails the gate as it happens, then a table per subject
// and the totals.
#include <iomanip>
#include <map>
#include <set>

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

class console_reporter final : public reporter {
 public:
  void finish(const run_report& run, std::ostream& out) override {
    std::vector<std::string> subjects;
    std::map<std::string, outcome_counts> per_subject;
    std::set<std::string> cases;
    for (const auto& r : run.results) {
      if (per_subject.count(r.subject) == 0) subjects.push_back(r.subject);
      per_subject[r.subject].add(r.result);
      cases.insert(r.case_id);
      if (run.gates(r)) print_problem(r, out);
    }
    std::size_t width = 7;
    for (const auto& s : subjects) width = std::max(width, s.size());
    out << std::left << std::setw(static_cast<int>(width)) << "subject";
    for (auto o : all_outcomes) out << ' ' << std::right << std::setw(static_cast<int>(name_of(o).size())) << name_of(o);
    out << '\n';
    for (const auto& s : subjects) {
      out << std::left << std::setw(static_cast<int>(width)) << s;
      for (auto o : all_outcomes)
        out << ' ' << std::right << std::setw(static_cast<int>(name_of(o).size())) << per_subject[s].of(o);
      out << '\n';
    }
    const outcome_counts totals = run.totals();
    out << "iterconf: " << subjects.size() << " subjects, " << cases.size() << " cases, " << totals.total()
        << " results:";
    const char* separator = " ";
    for (auto o : all_outcomes) {
      if (totals.of(o) == 0) continue;
      out << separator << totals.of(o) << ' ' << name_of(o);
      separator = ", ";
    }
    out << '\n'
        << (run.gate_failures() == 0 ? "iterconf: conformance gate passed"
                                     : "iterconf: conformance gate FAILED: " + std::to_string(run.gate_failures()) +
                                           " unexpected results")
        << '\n';
  }
};

}  // namespace

ITERCONF_REPORTER("console", "human-readable summary: failures, a table per subject, totals", console_reporter);

}  // namespace iterconf::report

// The Markdown summary, fit for a CI job summary page: the gate, the totals, subjects by rule
// area, and every result that fails the gate with its step, expectation and observation.
#include <map>
#include <set>
#include <sstream>

#include "builtin_reporters.hpp"
#include "iterconf/report/reporter.hpp"
#include "matrix.hpp"

namespace iterconf::report {
namespace {

// Table cells and inline code must not break the table: escape the few characters that would.
std::string cell_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

std::string code(const std::string& text) {
  const std::string escaped = cell_text(text);
  return (escaped.find('`') == std::string::npos ? "`" + escaped + "`" : "`` " + escaped + " ``");
}

std::string cell_summary(const detail::matrix_cell& cell) {
  if (cell.ran() == 0) return "–";
  const outcome worst = cell.worst();
  const std::size_t ran = cell.ran();
  if (worst == outcome::pass) return "✅ " + std::to_string(ran);
  if (worst == outcome::xfail) return "☑️ " + std::to_string(cell.counts.of(outcome::xfail)) + " XFAIL / " + std::to_string(ran);
  const std::size_t bad = ran - cell.counts.of(outcome::pass) - cell.counts.of(outcome::xfail);
  return "❌ " + std::to_string(bad) + " " + std::string(name_of(worst)) + " / " + std::to_string(ran);
}

// Everything it shows is an aggregate or one of the first failures: it keeps those as the results
// come and writes the page at the end.
class markdown_reporter final : public reporter {
 public:
  void begin(const run_summary& run, std::ostream& /*out*/) override { policy_ = run.run; }

  void on_result(const case_result& r, std::ostream& /*out*/) override {
    matrix_.add(r);
    if (r.result == outcome::xfail) {
      const auto key = std::make_pair(r.subject, r.deviation);
      if (deviation_cases_[key]++ == 0) deviations_.push_back(key);
      deviation_rules_[key].insert(r.rules.begin(), r.rules.end());
    }
    if (!policy_.gates(r) || ++failures_shown_ > max_failures) return;
    failures_ << "- **" << name_of(r.result) << "** " << code(r.subject) << " " << code(r.case_id);
    if (r.step_number)
      failures_ << ": step " << *r.step_number << " " << code(r.step) << " at "
                << code(r.step_location.file + ":" + std::to_string(r.step_location.line) + ":" +
                        std::to_string(r.step_location.column));
    if (!r.expected.empty() || !r.observed.empty())
      failures_ << "; expected " << code(r.expected) << ", observed " << code(r.observed);
    if (!r.message.empty()) failures_ << "; " << cell_text(r.message);
    failures_ << '\n';
  }

  void finish(const run_summary& run, std::ostream& out) override {
    const outcome_counts& totals = run.totals;
    const std::size_t gate = run.gate_failures();
    out << "## iterconf conformance\n\n"
        << (gate == 0 ? "**Gate: passed.** " : "**Gate: FAILED** (" + std::to_string(gate) + " unexpected results). ")
        << run.subjects << " subjects, " << run.cases << " cases, " << totals.total() << " results";
    if (!run.run.toolchains.empty()) {
      out << "; toolchain" << (run.run.toolchains.size() > 1 ? "s" : "") << ":";
      for (const auto& t : run.run.toolchains) out << ' ' << code(t);
    }
    out << ".\n\n| outcome | results |\n| --- | ---: |\n";
    for (auto o : all_outcomes)
      if (totals.of(o) > 0) out << "| " << name_of(o) << " | " << totals.of(o) << " |\n";

    const bool per_toolchain = run.run.toolchains.size() > 1;
    out << "\n### Subjects by rule area\n\n| subject |" << (per_toolchain ? " toolchain |" : "");
    for (const auto& a : matrix_.areas()) out << ' ' << a << " |";
    out << "\n| --- |" << (per_toolchain ? " --- |" : "");
    for (std::size_t i = 0; i < matrix_.areas().size(); ++i) out << " :---: |";
    out << '\n';
    for (std::size_t row = 0; row < matrix_.rows().size(); ++row) {
      out << "| " << code(matrix_.rows()[row].subject) << " |";
      if (per_toolchain) out << ' ' << cell_text(matrix_.rows()[row].toolchain) << " |";
      for (std::size_t a = 0; a < matrix_.areas().size(); ++a) out << ' ' << cell_summary(matrix_.at(row, a)) << " |";
      out << '\n';
    }
    out << "\n✅ every case that applies passed (count), ☑️ known deviations (XFAIL), ❌ results that fail the gate, "
           "– no case applies.\n";

    print_deviations(out);

    if (failures_shown_ > 0) {
      out << "\n### Results that fail the gate\n\n" << failures_.str();
      if (failures_shown_ > max_failures)
        out << "- … and " << (failures_shown_ - max_failures) << " more (see the JSON or JUnit report)\n";
    }
  }

 private:
  // The known deviations, one line per subject and reason: these are the findings a conformance
  // run publishes, not only hides.
  void print_deviations(std::ostream& out) const {
    if (deviations_.empty()) return;
    out << "\n### Known deviations\n\n| subject | rules | cases | why |\n| --- | --- | ---: | --- |\n";
    for (const auto& key : deviations_) {
      std::string cited;
      for (const auto& rule : deviation_rules_.at(key)) cited += (cited.empty() ? "" : " ") + code(rule);
      out << "| " << code(key.first) << " | " << cited << " | " << deviation_cases_.at(key) << " | "
          << cell_text(key.second) << " |\n";
    }
  }

  // A CI summary page has a size limit; the JSON and JUnit reports hold every failure.
  static constexpr std::size_t max_failures = 200;

  run_report policy_;  // the run's facts: which results fail the gate
  detail::area_matrix matrix_;
  std::vector<std::pair<std::string, std::string>> deviations_;  // (subject, reason), first-seen order
  std::map<std::pair<std::string, std::string>, std::set<std::string>> deviation_rules_;
  std::map<std::pair<std::string, std::string>, std::size_t> deviation_cases_;
  std::ostringstream failures_;
  std::size_t failures_shown_ = 0;
};

}  // namespace

reporter_entry markdown_reporter_entry() {
  return entry_of<markdown_reporter>("markdown", "summary for a CI job page: gate, totals, subjects by rule area, failures");
}

}  // namespace iterconf::report

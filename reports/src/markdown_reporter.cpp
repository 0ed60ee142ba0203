// The Markdown summary, fit for a CI job summary page: the gate, the totals, the results that fail
// the gate grouped by error, a line per family, the subjects by rule area that did not pass every
// case, and the known deviations; bounded in size however many subjects and results.
#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "builtin_reporters.hpp"
#include "iterconf/report/failure_groups.hpp"
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

// A CI job page shows what a person reads at a glance: the texts a subject or a case wrote are cut
// at this many bytes (the JSON and JUnit reports hold them whole).
constexpr std::size_t longest_text = 200;

std::string clipped(const std::string& text) {
  if (text.size() <= longest_text) return text;
  std::size_t end = longest_text;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // not inside a UTF-8 character
  return text.substr(0, end) + "…";
}

// Everything it shows is an aggregate, a few lines per failure group, or one of the first known
// deviations: it keeps those as the results come and writes the page at the end. Its size is
// bounded whatever the run's size: a table per family, the area matrix only for the subjects with
// results other than PASS (and UNSUPPORTED), and capped lists, each saying how many it left out.
class markdown_reporter final : public reporter {
 public:
  void begin(const run_summary& run, std::ostream& /*out*/) override { policy_ = run.run; }

  void on_result(const case_result& r, std::ostream& /*out*/) override {
    matrix_.add(r);
    if (r.result == outcome::xfail) {
      const auto key = std::make_pair(r.subject, r.deviation);
      const auto [at, fresh] = deviations_.emplace(key, deviation{});
      if (fresh) {
        if (deviation_order_.size() < max_deviations) deviation_order_.push_back(key);
        else at->second.listed = false;
      }
      ++at->second.cases;
      if (at->second.listed) at->second.rules.insert(r.rules.begin(), r.rules.end());
    }
    if (policy_.gates(r)) failures_.add(r);
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

    print_failures(out);
    print_families(run, out);
    print_subjects(run, out);
    print_deviations(out);
  }

 private:
  struct deviation {
    std::size_t cases = 0;
    std::set<std::string> rules;
    bool listed = true;  // among the first max_deviations
  };

  // The results that fail the gate, one item per error, the largest first.
  void print_failures(std::ostream& out) const {
    if (failures_.results() == 0) return;
    out << "\n### Results that fail the gate\n\n" << failures_.results() << " result"
        << (failures_.results() == 1 ? "" : "s") << ", " << failures_.groups() << " distinct error"
        << (failures_.groups() == 1 ? "" : "s") << " (the same outcome, step and observation, but for the case's data).\n\n";
    const auto groups = failures_.largest_first();
    std::size_t left_out = failures_.ungrouped();
    for (std::size_t i = 0; i < groups.size(); ++i) {
      if (i == max_groups) {
        for (std::size_t k = i; k < groups.size(); ++k) left_out += groups[k]->results;
        out << "- … and " << (groups.size() - i) << " more errors (";
        break;
      }
      print_group(*groups[i], out);
    }
    if (groups.size() > max_groups) out << left_out << " results; see the JSON or JUnit report)\n";
    else if (left_out > 0) out << "- … and " << left_out << " more results with other errors (see the JSON or JUnit report)\n";
  }

  static void print_group(const detail::failure_group& g, std::ostream& out) {
    const case_result& r = g.first;
    out << "- **" << name_of(r.result) << "** " << code(r.subject) << " " << code(r.case_id);
    if (r.step_number)
      out << ": step " << *r.step_number << " " << code(r.step) << " at "
          << code(r.step_location.file + ":" + std::to_string(r.step_location.line) + ":" +
                  std::to_string(r.step_location.column));
    if (!r.expected.empty() || !r.observed.empty())
      out << "; expected " << code(clipped(r.expected)) << ", observed " << code(clipped(r.observed));
    if (!r.message.empty()) out << "; " << cell_text(clipped(r.message));
    out << '\n';
    if (g.results == 1) return;
    out << "  - the same error in " << (g.results - 1) << " more result" << (g.results == 2 ? "" : "s") << " ("
        << g.subjects << " subject" << (g.subjects == 1 ? "" : "s") << " in all):";
    const char* separator = " ";
    for (const auto& [subject, case_id] : g.more) {
      out << separator << code(subject) << ' ' << code(case_id);
      separator = ", ";
    }
    if (g.results - 1 > g.more.size()) out << " and " << (g.results - 1 - g.more.size()) << " more";
    out << '\n';
  }

  // One line per family (per toolchain when there are several): its subjects and their results.
  void print_families(const run_summary& run, std::ostream& out) const {
    const bool per_toolchain = run.run.toolchains.size() > 1;
    struct family_line {
      std::string family, toolchain;
      std::size_t subjects = 0;
      std::array<std::size_t, all_outcomes.size()> counts{};  // by outcome
    };
    std::vector<family_line> lines;
    std::map<std::pair<std::string, std::string>, std::size_t> line_of;
    for (std::size_t row = 0; row < matrix_.rows().size(); ++row) {
      const auto& m = matrix_.rows()[row];
      const auto [at, fresh] = line_of.emplace(std::make_pair(m.family, per_toolchain ? m.toolchain : ""), lines.size());
      if (fresh) lines.push_back({m.family, per_toolchain ? m.toolchain : "", 0, {}});
      family_line& line = lines[at->second];
      ++line.subjects;
      for (std::size_t a = 0; a < matrix_.areas().size(); ++a)
        for (auto o : all_outcomes) line.counts[static_cast<std::size_t>(o)] += matrix_.at(row, a).counts.of(o);
    }
    out << "\n### Families\n\n| family |" << (per_toolchain ? " toolchain |" : "") << " subjects |";
    std::vector<outcome> shown;
    for (auto o : all_outcomes)
      if (run.totals.of(o) > 0) shown.push_back(o);
    for (auto o : shown) out << ' ' << name_of(o) << " |";
    out << "\n| --- |" << (per_toolchain ? " --- |" : "") << " ---: |";
    for (std::size_t i = 0; i < shown.size(); ++i) out << " ---: |";
    out << '\n';
    for (std::size_t i = 0; i < lines.size() && i < max_families; ++i) {
      out << "| " << cell_text(lines[i].family) << " |";
      if (per_toolchain) out << ' ' << cell_text(lines[i].toolchain) << " |";
      out << ' ' << lines[i].subjects << " |";
      for (auto o : shown) out << ' ' << lines[i].counts[static_cast<std::size_t>(o)] << " |";
      out << '\n';
    }
    if (lines.size() > max_families) out << "\n… and " << (lines.size() - max_families) << " more families.\n";
  }

  // The area matrix of the subjects with results other than PASS and UNSUPPORTED, those that fail
  // the gate first.
  void print_subjects(const run_summary& run, std::ostream& out) const {
    std::vector<std::pair<std::size_t, std::size_t>> rows;  // (results that fail the gate, row)
    for (std::size_t row = 0; row < matrix_.rows().size(); ++row) {
      std::size_t failing = 0, other = 0;
      for (std::size_t a = 0; a < matrix_.areas().size(); ++a) {
        const auto& counts = matrix_.at(row, a).counts;
        failing += counts.gate_failures(run.run.allow_xpass);
        other += counts.total() - counts.of(outcome::pass) - counts.of(outcome::unsupported);
      }
      if (other > 0) rows.emplace_back(failing, row);
    }
    out << "\n### Subjects with results other than PASS\n\n";
    if (rows.empty()) {
      out << "Every case that applies passed on every one of the " << matrix_.rows().size() << " subjects.\n";
      return;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    const bool per_toolchain = run.run.toolchains.size() > 1;
    out << "| subject |" << (per_toolchain ? " toolchain |" : "");
    for (const auto& a : matrix_.areas()) out << ' ' << a << " |";
    out << "\n| --- |" << (per_toolchain ? " --- |" : "");
    for (std::size_t i = 0; i < matrix_.areas().size(); ++i) out << " :---: |";
    out << '\n';
    for (std::size_t i = 0; i < rows.size() && i < max_subjects; ++i) {
      const std::size_t row = rows[i].second;
      out << "| " << code(matrix_.rows()[row].subject) << " |";
      if (per_toolchain) out << ' ' << cell_text(matrix_.rows()[row].toolchain) << " |";
      for (std::size_t a = 0; a < matrix_.areas().size(); ++a) out << ' ' << cell_summary(matrix_.at(row, a)) << " |";
      out << '\n';
    }
    if (rows.size() > max_subjects) out << "\n… and " << (rows.size() - max_subjects) << " more subjects with results other than PASS.\n";
    out << "\n" << (matrix_.rows().size() - rows.size()) << " other subjects passed every case that applies. "
        << "✅ every case that applies passed (count), ☑️ known deviations (XFAIL), ❌ results that fail the gate, "
           "– no case applies.\n";
  }

  // The known deviations, one line per subject and reason: these are the findings a conformance
  // run publishes, not only hides.
  void print_deviations(std::ostream& out) const {
    if (deviations_.empty()) return;
    out << "\n### Known deviations\n\n| subject | rules | cases | why |\n| --- | --- | ---: | --- |\n";
    std::size_t unlisted_cases = 0;
    for (const auto& [key, d] : deviations_)
      if (!d.listed) unlisted_cases += d.cases;
    for (const auto& key : deviation_order_) {
      const deviation& d = deviations_.at(key);
      std::string cited;
      for (const auto& rule : d.rules) cited += (cited.empty() ? "" : " ") + code(rule);
      out << "| " << code(key.first) << " | " << cited << " | " << d.cases << " | " << cell_text(clipped(key.second)) << " |\n";
    }
    if (deviations_.size() > deviation_order_.size())
      out << "\n… and " << (deviations_.size() - deviation_order_.size()) << " more (" << unlisted_cases
          << " XFAIL results; see the JSON report).\n";
  }

  // A CI summary page has a size limit and a reader's attention less: the JSON and JUnit reports
  // hold everything.
  static constexpr std::size_t max_groups = 20;
  static constexpr std::size_t max_families = 40;
  static constexpr std::size_t max_subjects = 25;
  static constexpr std::size_t max_deviations = 15;

  run_report policy_;  // the run's facts: which results fail the gate
  detail::area_matrix matrix_;
  std::map<std::pair<std::string, std::string>, deviation> deviations_;  // by (subject, reason)
  std::vector<std::pair<std::string, std::string>> deviation_order_;    // the first max_deviations, first-seen order
  detail::failure_groups failures_{3};
};

}  // namespace

reporter_entry markdown_reporter_entry() {
  return entry_of<markdown_reporter>("markdown", "summary for a CI job page: gate, totals, subjects by rule area, failures");
}

}  // namespace iterconf::report

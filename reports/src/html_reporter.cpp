// The HTML conformance matrix: one self-contained file (no network), subjects by rules, cells
// coloured by their worst outcome and saying how many of their results have it ("12 of 14 PASS"),
// an XFAIL's reason on hover, filters by family and outcome, and each cell's cases on a click. The page
// carries the cells' counts, which it draws at once, and each cell's cases in a second payload it
// reads only when a cell is first clicked, every string in it once: a million results make a
// page that opens in a few seconds.
#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>

#include "html_assets.hpp"
#include "builtin_reporters.hpp"
#include "iterconf/report/reporter.hpp"
#include "iterconf/report/result_table.hpp"
#include "matrix.hpp"

namespace iterconf::report {
namespace {

// JSON goes inside a <script> element: "</" must not end it early.
std::string script_safe(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '<' && i + 1 < json.size() && json[i + 1] == '/') out += "<\\";
    else out += json[i];
  }
  return out;
}

template <class Json>
std::string script_text(const Json& j) {
  // A subject's message may hold bytes that are not UTF-8: replace them rather than fail.
  return script_safe(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// The outcomes in the order the page's script lists them (most severe first).
std::size_t severity_rank(outcome o) {
  const auto& order = detail::outcomes_by_severity();
  return static_cast<std::size_t>(std::find(order.begin(), order.end(), o) - order.begin());
}

nlohmann::json strings(const string_pool& pool) {
  nlohmann::json list = nlohmann::json::array();
  for (std::size_t i = 0; i < pool.size(); ++i) list.push_back(pool.at(static_cast<std::uint32_t>(i)));
  return list;
}

class html_reporter final : public reporter {
 public:
  void on_result(const case_result& r, std::ostream& /*out*/) override {
    // A subject's results come together: most results are of the subject before.
    if (subjects_.empty() || subjects_[current_subject_].first != r.subject) {
      const auto [at, fresh] = subject_index_.emplace(r.subject, subjects_.size());
      if (fresh) subjects_.emplace_back(r.subject, r.family);
      current_subject_ = at->second;
    }
    const std::uint32_t toolchain = toolchains_.id(r.toolchain);
    // One entry per result and rule: the case, the outcome, then what it has of message, step,
    // expected, observed and the known deviation's reason (numbers in the page's one table of strings).
    entry e{cases_.id(r.case_id), static_cast<std::uint32_t>(severity_rank(r.result)), none, none, none, none, none};
    if (!r.message.empty()) e[2] = texts_.id(r.message);
    if (r.step_number)
      e[3] = texts_.id(std::to_string(*r.step_number) + ": " + r.step + "\n" + r.step_location.file + ":" +
                       std::to_string(r.step_location.line) + ":" + std::to_string(r.step_location.column));
    if (!r.expected.empty()) e[4] = texts_.id(r.expected);
    if (!r.observed.empty()) e[5] = texts_.id(r.observed);
    if (!r.deviation.empty()) e[6] = texts_.id(r.deviation);
    // The reasons a cell's title shows: an expectations entry's, for its XFAIL and XPASS results.
    const bool deviates = r.result == outcome::xfail || r.result == outcome::xpass;
    const std::uint32_t reason = deviates && !r.deviation.empty() ? reasons_.id(r.deviation) : none;
    for (const auto& rule : r.rules) {
      const std::uint32_t rule_id = rules_.id(rule);
      const auto [at, fresh] = cell_index_.emplace(std::make_tuple(current_subject_, rule_id, toolchain), cells_.size());
      if (fresh) cells_.push_back({current_subject_, rule_id, toolchain, {}, {}, {}});
      cell& c = cells_[at->second];
      c.counts.add(r.result);
      if (reason != none && c.reasons.size() < max_reasons &&
          std::find(c.reasons.begin(), c.reasons.end(), reason) == c.reasons.end())
        c.reasons.push_back(reason);
      c.entries.push_back(e);
    }
  }

  void finish(const run_summary& run, std::ostream& out) override {
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<title>iterconf conformance matrix</title>\n<style>" << detail::matrix_style << "</style>\n</head>\n<body>\n"
        << "<h1>iterconf conformance matrix</h1>\n<p id=\"gate\"></p>\n<div id=\"counts\"></div>\n"
        << "<div id=\"filters\"><label>family <select id=\"family\"><option value=\"\">all</option></select></label>"
        << "<label>outcome <select id=\"outcome\"><option value=\"\">any</option></select></label>"
        << "<span><span id=\"visible-rows\"></span> subjects shown; click a cell for its cases</span></div>\n"
        << "<table class=\"matrix\" id=\"matrix\"></table>\n<div id=\"details\"></div>\n"
        << "<script id=\"iterconf-data\" type=\"application/json\">" << script_text(matrix_data(run)) << "</script>\n"
        << "<script id=\"iterconf-details\" type=\"application/json\">";
    write_details(out);
    out << "</script>\n<script>" << detail::matrix_script << "</script>\n</body>\n</html>\n";
  }

 private:
  static constexpr std::uint32_t none = UINT32_MAX;
  using entry = std::array<std::uint32_t, 7>;
  // A title is read at a glance: a cell whose cases have more reasons than this shows the first.
  static constexpr std::size_t max_reasons = 3;
  struct cell {
    std::size_t subject;
    std::uint32_t rule;
    std::uint32_t toolchain;
    outcome_counts counts;
    std::vector<entry> entries;
    std::vector<std::uint32_t> reasons;  // in reasons_, distinct, first-seen order
  };

  // What the page draws at once: the gate, the totals, the rows, the columns, the cells' counts and
  // their known deviations' reasons (a cell is [subject, rule, toolchain, counts, reasons?]).
  nlohmann::json matrix_data(const run_summary& run) const {
    nlohmann::json totals = nlohmann::json::object();
    for (auto o : all_outcomes) totals[std::string(name_of(o))] = run.totals.of(o);
    nlohmann::json outcomes = nlohmann::json::array(), subjects = nlohmann::json::array(),
                   cells = nlohmann::json::array();
    for (auto o : detail::outcomes_by_severity()) outcomes.push_back(std::string(name_of(o)));
    for (const auto& [name, family] : subjects_) subjects.push_back({name, family});
    for (const auto& c : cells_) {
      nlohmann::json counts = nlohmann::json::array();
      for (auto o : detail::outcomes_by_severity()) counts.push_back(c.counts.of(o));
      nlohmann::json row = {c.subject, c.rule, c.toolchain, counts};
      if (!c.reasons.empty()) row.push_back(c.reasons);
      cells.push_back(std::move(row));
    }
    return {{"outcomes", outcomes}, {"gate_failures", run.gate_failures()}, {"incomplete", run.run.incomplete}, {"totals", totals},
            {"toolchains", strings(toolchains_)}, {"rules", strings(rules_)}, {"reasons", strings(reasons_)}, {"subjects", subjects}, {"cells", cells}};
  }

  // What a click shows, read by the page only then: each cell's entries, in the order of the cells.
  void write_details(std::ostream& out) const {
    out << "{\"cases\":" << script_text(strings(cases_)) << ",\"texts\":" << script_text(strings(texts_))
        << ",\"cells\":[";
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      out << (i == 0 ? "[" : ",[");
      for (std::size_t k = 0; k < cells_[i].entries.size(); ++k) {
        const entry& e = cells_[i].entries[k];
        std::size_t used = e.size();
        while (used > 2 && e[used - 1] == none) --used;
        out << (k == 0 ? "[" : ",[");
        for (std::size_t f = 0; f < used; ++f) {
          if (f > 0) out << ',';
          if (e[f] == none) out << -1;
          else out << e[f];
        }
        out << ']';
      }
      out << ']';
    }
    out << "]}";
  }

  std::vector<std::pair<std::string, std::string>> subjects_;  // (name, family), first-seen order
  std::map<std::string, std::size_t> subject_index_;
  std::size_t current_subject_ = 0;
  string_pool toolchains_, rules_, cases_, texts_, reasons_;
  std::vector<cell> cells_;
  std::map<std::tuple<std::size_t, std::uint32_t, std::uint32_t>, std::size_t> cell_index_;
};

}  // namespace

reporter_entry html_reporter_entry() {
  return entry_of<html_reporter>("html", "self-contained conformance matrix: subjects by rules, filters, cases on click");
}

}  // namespace iterconf::report

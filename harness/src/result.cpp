// A failure as text, and the totals of a run.
#include "iterconf/failure_lines.hpp"
#include "iterconf/result.hpp"

namespace iterconf {

const location& failure_place(const case_result& r) { return r.step_number ? r.step_location : r.case_location; }

std::string failure_lines(const case_result& r) {
  std::string text = std::string(name_of(r.result)) + " " + r.subject + " " + r.case_id;
  if (r.step_number) text += "\n  step " + std::to_string(*r.step_number) + " (" + r.step + ")";
  if (!r.expected.empty() || !r.observed.empty()) text += "\n  expected: " + r.expected + "\n  observed: " + r.observed;
  if (!r.message.empty()) text += "\n  " + r.message;
  return text;
}

std::size_t outcome_counts::total() const {
  std::size_t n = 0;
  for (auto c : counts_) n += c;
  return n;
}

std::size_t outcome_counts::gate_failures(bool allow_xpass) const {
  std::size_t n = 0;
  for (auto o : all_outcomes)
    if (fails_gate(o) && !(allow_xpass && o == outcome::xpass)) n += of(o);
  return n;
}

outcome_counts run_report::totals() const {
  outcome_counts counts;
  for (const auto& r : results) counts.add(r.result);
  return counts;
}

}  // namespace iterconf

// Totals of a run.
#include "iterconf/result.hpp"

namespace iterconf {

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

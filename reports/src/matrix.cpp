// The conformance matrix.
#include "matrix.hpp"

#include <algorithm>

namespace iterconf::report::detail {

const std::vector<outcome>& outcomes_by_severity() {
  static const std::vector<outcome> order = [] {
    std::vector<outcome> out(all_outcomes.begin(), all_outcomes.end());
    std::sort(out.begin(), out.end(), [](outcome a, outcome b) { return info(a).severity > info(b).severity; });
    return out;
  }();
  return order;
}

outcome matrix_cell::worst() const {
  for (auto o : outcomes_by_severity())
    if (counts.of(o) > 0) return o;
  return outcome::unsupported;
}

std::size_t matrix_cell::ran() const { return counts.total() - counts.of(outcome::unsupported); }

void area_matrix::add(const case_result& r) {
  // A subject's results come together: most results fall in the row of the one before.
  if (rows_.empty() || rows_[last_row_].subject != r.subject || rows_[last_row_].toolchain != r.toolchain) {
    const auto [row, fresh] = row_of_.emplace(std::make_pair(r.subject, r.toolchain), rows_.size());
    if (fresh) rows_.push_back({r.subject, r.family, r.toolchain});
    last_row_ = row->second;
  }
  const auto area = std::lower_bound(areas_.begin(), areas_.end(), r.area);
  if (area == areas_.end() || *area != r.area) areas_.insert(area, r.area);
  cells_[{last_row_, r.area}].counts.add(r.result);
}

const matrix_cell& area_matrix::at(std::size_t row, std::size_t area) const {
  static const matrix_cell empty;
  const auto found = cells_.find({row, areas_[area]});
  return found == cells_.end() ? empty : found->second;
}

}  // namespace iterconf::report::detail

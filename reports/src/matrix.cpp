// The conformance matrix.
#include "matrix.hpp"

#include <algorithm>
#include <map>

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

area_matrix::area_matrix(const run_report& run) {
  std::map<std::pair<std::string, std::string>, std::size_t> row_of;
  for (const auto& r : run.results) {
    if (row_of.emplace(std::make_pair(r.subject, r.toolchain), rows_.size()).second)
      rows_.push_back({r.subject, r.family, r.toolchain});
    if (std::find(areas_.begin(), areas_.end(), r.area) == areas_.end()) areas_.push_back(r.area);
  }
  std::sort(areas_.begin(), areas_.end());
  cells_.resize(rows_.size() * areas_.size());
  for (const auto& r : run.results) {
    const std::size_t row = row_of.at({r.subject, r.toolchain});
    const auto area = static_cast<std::size_t>(std::find(areas_.begin(), areas_.end(), r.area) - areas_.begin());
    cells_[row * areas_.size() + area].counts.add(r.result);
  }
}

}  // namespace iterconf::report::detail

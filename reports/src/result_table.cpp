// The compact result table.
#include "iterconf/report/result_table.hpp"

#include <algorithm>
#include <numeric>

namespace iterconf::report {

std::uint32_t string_pool::id(std::string_view text) {
  if (const auto found = ids_.find(text); found != ids_.end()) return found->second;
  const auto id = static_cast<std::uint32_t>(texts_.size());
  texts_.emplace_back(text);
  ids_.emplace(texts_.back(), id);
  return id;
}

void result_table::add(const case_result& r) {
  std::string joined;
  for (const auto& rule : r.rules) joined += rule + '\n';
  auto [list, fresh] = rule_list_ids_.emplace(std::move(joined), static_cast<std::uint32_t>(rule_lists_.size()));
  if (fresh) rule_lists_.push_back(r.rules);
  std::uint32_t detail = no_details;
  if (r.step_number || !r.step.empty() || !r.expected.empty() || !r.observed.empty()) {
    detail = static_cast<std::uint32_t>(details_.size());
    details_.push_back({r.step_number, r.step, r.expected, r.observed, r.step_location});
  }
  rows_.push_back({subjects_.id(r.subject), texts_.id(r.family), toolchains_.id(r.toolchain), cases_.id(r.case_id),
                   texts_.id(r.area), list->second, texts_.id(r.message), texts_.id(r.deviation),
                   texts_.id(r.case_location.file), r.case_location.line, r.case_location.column, detail, r.seconds,
                   r.result});
}

case_result result_table::at(std::size_t i) const {
  const row& w = rows_[i];
  case_result r;
  r.subject = subjects_.at(w.subject);
  r.family = texts_.at(w.family);
  r.toolchain = toolchains_.at(w.toolchain);
  r.case_id = cases_.at(w.case_id);
  r.area = texts_.at(w.area);
  r.rules = rule_lists_[w.rules];
  r.result = w.result;
  r.message = texts_.at(w.message);
  r.deviation = texts_.at(w.deviation);
  r.case_location = {texts_.at(w.case_file), w.case_line, w.case_column};
  r.seconds = w.seconds;
  if (w.details != no_details) {
    const details& d = details_[w.details];
    r.step_number = d.step_number;
    r.step = d.step;
    r.expected = d.expected;
    r.observed = d.observed;
    r.step_location = d.step_location;
  }
  return r;
}

outcome_counts result_table::totals() const {
  outcome_counts counts;
  for (const auto& w : rows_) counts.add(w.result);
  return counts;
}

void result_table::reorder(const std::vector<std::uint32_t>& rows) {
  std::vector<row> ordered;
  ordered.reserve(rows.size());
  for (auto i : rows) ordered.push_back(rows_[i]);
  rows_ = std::move(ordered);
}

std::vector<std::uint32_t> result_table::first_seen_order() const {
  std::vector<std::uint32_t> order(rows_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t i, std::uint32_t j) {
    const row& a = rows_[i];
    const row& b = rows_[j];
    return std::tie(a.subject, a.case_id, a.toolchain) < std::tie(b.subject, b.case_id, b.toolchain);
  });
  return order;
}

void result_table::for_each(const std::function<void(const case_result&)>& each) const {
  for (std::size_t i = 0; i < rows_.size(); ++i) each(at(i));
}

}  // namespace iterconf::report

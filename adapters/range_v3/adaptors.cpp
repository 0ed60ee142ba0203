// range-v3's element-wise adaptors as subjects: filter, transform, take_while, drop_while,
// reverse and unique. The probed ones record each value their function or predicate computes.
#include <algorithm>
#include <memory>
#include <vector>

#include <range/v3/view/drop_while.hpp>
#include <range/v3/view/filter.hpp>
#include <range/v3/view/iota.hpp>
#include <range/v3/view/reverse.hpp>
#include <range/v3/view/take_while.hpp>
#include <range/v3/view/transform.hpp>
#include <range/v3/view/unique.hpp>

#include "iterconf/adapt/begin_counter.hpp"
#include "iterconf/adapt/register.hpp"
#include "std/given_values.hpp"
#include "iterconf/adapt/owned.hpp"

namespace iterconf::range_v3_subjects {
namespace {

/// take_while's predicate over the indices 0, 1, ...: admits the indices of the given values,
/// recording each admitted one as a value produced and raising at `raises_at`.
class below_count {
 public:
  below_count() = default;
  explicit below_count(const subject_input& in) : in_(std::make_shared<const subject_input>(in)) {}

  bool operator()(int i) const {
    const auto k = static_cast<std::size_t>(i);
    if (k >= in_->given.size()) return false;
    in_->raise_if_due(k);
    in_->events.value_produced();
    return true;
  }

 private:
  std::shared_ptr<const subject_input> in_;
};

std::vector<value> reversed(const subject_input& in) { return {in.given.rbegin(), in.given.rend()}; }

std::vector<value> sorted(const subject_input& in) {
  auto v = families::given_values(in);
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace
}  // namespace iterconf::range_v3_subjects

ITERCONF_SUBJECTS(range_v3_adaptors) {
  using namespace iterconf;
  using namespace iterconf::range_v3_subjects;
  namespace rv = ranges::views;
  subjects.add("range_v3::views::filter",
               {.lazy = true, .probed = true,
                .description = "filter whose predicate admits every value and records each test"},
               [](const subject_input& in) {
                 return adapt::begin_counter(rv::iota(0, static_cast<int>(in.given.size())) |
                                                 rv::transform(families::given_at(in)) |
                                                 rv::filter(families::probed_admit(in)),
                                             in);
               });
  subjects.add("range_v3::views::transform",
               {.lazy = true, .probed = true, .raises = true,
                .description = "transform computing each item when dereferenced"},
               [](const subject_input& in) {
                 return adapt::begin_counter(
                     rv::iota(0, static_cast<int>(in.given.size())) | rv::transform(families::probed_item(in)), in);
               });
  subjects.add("range_v3::views::take_while",
               {.lazy = true, .probed = true, .raises = true,
                .description = "take_while(i < n) over iota(0), projected to given[i]; the predicate records items"},
               [](const subject_input& in) {
                 return adapt::begin_counter(rv::iota(0) | rv::take_while(below_count(in)) |
                                                 rv::transform(families::given_at(in)),
                                             in);
               });
  subjects.add("range_v3::views::drop_while",
               {.description = "drop_while(i < 0) over ints(-3, n), projected to given[i]"},
               [](const subject_input& in) {
                 return rv::ints(-3, static_cast<int>(in.given.size())) | rv::drop_while([](int i) { return i < 0; }) |
                        rv::transform([at = families::given_at(in)](int i) { return at(static_cast<std::size_t>(i)); });
               });
  // range-v3's view_interface::at(n) checks n < size() and throws std::out_of_range.
  subjects.add("range_v3::views::reverse",
               {.at_bounds = bounds::checked, .description = "reverse of the values reversed: the values in order"},
               [](const subject_input& in) {
                 return iterconf::owned(reversed(in), [](std::vector<value>& v) { return rv::reverse(v); });
               });
  subjects.add("range_v3::views::unique",
               {.sequence = order::sorted_unique,
                .description = "unique (adjacent duplicates dropped) of the sorted values"},
               [](const subject_input& in) {
                 return iterconf::owned(sorted(in), [](std::vector<value>& v) { return rv::unique(v); });
               });
}

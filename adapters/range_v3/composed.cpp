// range-v3's views that combine or regroup ranges, as subjects: concat, join, chunk, sliding,
// zip and enumerate. The ones whose items are tuples or sub-ranges are projected back to one
// given value per item, so their model stays "the values, in order".
#include <tuple>
#include <vector>

#include <range/v3/view/chunk.hpp>
#include <range/v3/view/concat.hpp>
#include <range/v3/view/enumerate.hpp>
#include <range/v3/view/iota.hpp>
#include <range/v3/view/join.hpp>
#include <range/v3/view/sliding.hpp>
#include <range/v3/view/transform.hpp>
#include <range/v3/view/zip.hpp>

#include "iterconf/adapt/register.hpp"
#include "std/given_values.hpp"
#include "iterconf/adapt/owned.hpp"

namespace iterconf::range_v3_subjects {
namespace {

/// The given values cut in two, with an empty range between the halves for concat to skip.
struct halves {
  std::vector<value> front, middle, back;
};

halves split_in_two(const subject_input& in) {
  const auto mid = in.given.begin() + static_cast<std::ptrdiff_t>(in.given.size() / 2);
  return {{in.given.begin(), mid}, {}, {mid, in.given.end()}};
}

/// The given values and one pad value after them: the windows of two over it start at exactly
/// the given values.
std::vector<value> padded(const subject_input& in) {
  auto v = families::given_values(in);
  v.push_back(0);
  return v;
}

}  // namespace
}  // namespace iterconf::range_v3_subjects

ITERCONF_SUBJECTS(range_v3_composed) {
  using namespace iterconf;
  using namespace iterconf::range_v3_subjects;
  using iterconf::owned;
  namespace rv = ranges::views;
  subjects.add("range_v3::views::concat",
               {.at_bounds = bounds::checked,  // view_interface::at(n): throws std::out_of_range
                .description = "concat of the first half, an empty range and the second half"},
               [](const subject_input& in) {
                 return owned(split_in_two(in), [](halves& h) { return rv::concat(h.front, h.middle, h.back); });
               });
  subjects.add("range_v3::views::join",
               {.description = "join of the values in groups of one and two, with empty groups between"},
               [](const subject_input& in) {
                 return owned(families::given_in_groups(in),
                              [](std::vector<std::vector<value>>& groups) { return rv::join(groups); });
               });
  subjects.add("range_v3::views::chunk(2) | join", {.description = "the values cut in chunks of two and joined again"},
               [](const subject_input& in) {
                 return owned(families::given_values(in),
                              [](std::vector<value>& v) { return v | rv::chunk(2) | rv::join; });
               });
  subjects.add("range_v3::views::sliding(2) (first of each window)",
               {.at_bounds = bounds::checked,  // view_interface::at(n): throws std::out_of_range
                .description = "windows of two over the values and one pad value, projected to each window's first"},
               [](const subject_input& in) {
                 return owned(padded(in), [](std::vector<value>& v) {
                   return v | rv::sliding(2) | rv::transform([](auto&& window) { return *ranges::begin(window); });
                 });
               });
  subjects.add("range_v3::views::zip (projected)",
               {.description = "zip of the values with iota(0), projected to the value"},
               [](const subject_input& in) {
                 return owned(families::given_values(in), [](std::vector<value>& v) {
                   return rv::zip(v, rv::iota(0)) | rv::transform([](auto&& pair) { return std::get<0>(pair); });
                 });
               });
  subjects.add("range_v3::views::enumerate (projected)",
               {.description = "enumerate of the values, projected to the value"},
               [](const subject_input& in) {
                 return owned(families::given_values(in), [](std::vector<value>& v) {
                   return rv::enumerate(v) | rv::transform([](auto&& pair) { return std::get<1>(pair); });
                 });
               });
}

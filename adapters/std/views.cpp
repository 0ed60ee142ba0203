// The standard library's views as subjects: lazy, single-pass and infinite ranges.
#include <map>
#include <ranges>
#include <sstream>
#include <vector>

#include "iterconf/adapt/begin_counter.hpp"
#include "iterconf/adapt/register.hpp"
#include "std/given_values.hpp"

namespace iterconf::std_subjects {
namespace {

/// The standard istream_view over a string stream of the given values: a single-pass range.
using istream_ints = families::stream_view_of_given<std::ranges::istream_view<value>>;

/// The function a lazy view applies: records each value it produces, raises where the case says.
auto probed_item(const subject_input& in) {
  return [in](std::size_t i) {
    in.raise_if_due(i);
    in.events.value_produced();
    return in.given[i];
  };
}

}  // namespace
}  // namespace iterconf::std_subjects

ITERCONF_SUBJECTS(std_views) {
  using namespace iterconf;
  using namespace iterconf::std_subjects;
  subjects.add("std::views::keys(std::map)", {.sequence = order::sorted_unique, .description = "the keys of a map"},
               [](const subject_input& in) {
                 std::map<int, int> m;
                 for (value v : in.given) m.emplace(static_cast<int>(v), 0);
                 return std::views::keys(std::move(m));
               });
  subjects.add("std::views::istream<int64>", {.single_pass = true, .description = "reads a stream: single pass"},
               [](const subject_input& in) { return istream_ints(in); });
  subjects.add("std::views::iota(n)", {.sequence = order::counting, .description = "unbounded counter from given[0]"},
               [](const subject_input& in) { return std::views::iota(in.given.empty() ? value{0} : in.given.front()); });
  subjects.add("std::views::transform", {.lazy = true, .probed = true, .raises = true,
                                         .description = "transform view computing each item when dereferenced"},
               [](const subject_input& in) {
                 return adapt::begin_counter(
                     std::views::iota(std::size_t{0}, in.given.size()) | std::views::transform(probed_item(in)), in);
               });
  subjects.add("std::views::filter",
               {.lazy = true, .probed = true, .description = "filter view whose predicate records each test"},
               [](const subject_input& in) {
                 return adapt::begin_counter(
                     std::views::filter(std::vector<value>(in.given.begin(), in.given.end()),
                                        [in](value) {
                                          in.events.value_produced();
                                          return true;
                                        }),
                     in);
               });
  subjects.add("std::views::take(transform(iota))",
               {.lazy = true, .probed = true, .raises = true,
                .description = "a finite window on an infinite lazy sequence"},
               [](const subject_input& in) {
                 return adapt::begin_counter(std::views::iota(std::size_t{0}) |
                                                 std::views::transform(probed_item(in)) |
                                                 std::views::take(in.given.size()),
                                             in);
               });
}

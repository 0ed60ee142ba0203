// range-v3's counting views as subjects: iota and ints.
#include <limits>
#include <optional>
#include <span>
#include <string>

#include <range/v3/view/iota.hpp>

#include "iterconf/adapt/register.hpp"

namespace iterconf::range_v3_subjects {
namespace {

int first_or_zero(const subject_input& in) { return in.given.empty() ? 0 : static_cast<int>(in.given.front()); }

}  // namespace
}  // namespace iterconf::range_v3_subjects

ITERCONF_SUBJECTS(range_v3_counting) {
  using namespace iterconf;
  using namespace iterconf::range_v3_subjects;
  // Over int, not the harness's 64-bit values: range-v3 0.12 gives iota over a 64-bit integer the
  // difference type ranges::detail::diffmax_t, which is no integer-like type to libstdc++'s
  // concepts, so such an iota is no C++20 range at all.
  subjects.add("range_v3::views::iota(int)",
               {.sequence = order::counting, .description = "unbounded int counter from given[0]"},
               [](const subject_input& in) { return ranges::views::iota(first_or_zero(in)); });
  subjects.add("range_v3::views::ints(int, int)",
               {.at_bounds = bounds::checked,  // view_interface::at(n): throws std::out_of_range
                .domain = domain::all_of({domain::within(std::numeric_limits<int>::min(), std::numeric_limits<int>::max()),
                                          domain::consecutive()}),
                .description = "bounded counter over the given consecutive values"},
               [](const subject_input& in) {
                 const int first = first_or_zero(in);
                 return ranges::views::ints(first, first + static_cast<int>(in.given.size()));
               });
}

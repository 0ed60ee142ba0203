// range-v3's type erasure and conversion as subjects: any_view of two categories, and the
// containers ranges::to builds from a view.
#include <set>
#include <vector>

#include <range/v3/range/conversion.hpp>
#include <range/v3/view/any_view.hpp>
#include <range/v3/view/iota.hpp>
#include <range/v3/view/transform.hpp>

#include "iterconf/adapt/register.hpp"
#include "std/given_values.hpp"

namespace iterconf::range_v3_subjects {
namespace {

/// The given values as a view that owns them: given[i] over the indices.
auto owning_values(const subject_input& in) {
  return ranges::views::iota(0, static_cast<int>(in.given.size())) | ranges::views::transform(families::given_at(in));
}

}  // namespace
}  // namespace iterconf::range_v3_subjects

ITERCONF_SUBJECTS(range_v3_erased) {
  using namespace iterconf;
  using namespace iterconf::range_v3_subjects;
  subjects.add("range_v3::any_view<int64, forward>", {.description = "type-erased forward view"},
               [](const subject_input& in) {
                 return ranges::any_view<value, ranges::category::forward>(owning_values(in));
               });
  subjects.add("range_v3::any_view<int64> (input)",
               {.description = "type-erased view of the default category, input: single pass by its type"},
               [](const subject_input& in) { return ranges::any_view<value>(owning_values(in)); });
  subjects.add("range_v3::to<std::vector>", {.description = "a std::vector<int> built by ranges::to from a view"},
               [](const subject_input& in) { return owning_values(in) | ranges::to<std::vector<int>>(); });
  subjects.add("range_v3::to<std::set>",
               {.sequence = order::sorted_unique, .description = "a std::set<int> built by ranges::to from a view"},
               [](const subject_input& in) { return owning_values(in) | ranges::to<std::set<int>>(); });
}

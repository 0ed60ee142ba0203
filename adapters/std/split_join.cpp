// The standard library's views that cut and join ranges, as subjects: join, split and
// lazy_split. A split yields sub-ranges, so each sub-range is projected to the one value it holds.
#include <optional>
#include <ranges>
#include <vector>

#include "given_values.hpp"
#include "iterconf/adapt/register.hpp"

namespace iterconf::std_subjects {
namespace {

/// The given values with an empty optional between each two of them: split at the empty ones,
/// every part holds exactly one given value.
std::vector<std::optional<value>> separated(const subject_input& in) {
  std::vector<std::optional<value>> items;
  for (value v : in.given) {
    if (!items.empty()) items.emplace_back();
    items.emplace_back(v);
  }
  return items;
}

// Projects a part of the split to the one value it holds.
constexpr auto only_value = [](auto&& part) { return **std::ranges::begin(part); };

}  // namespace
}  // namespace iterconf::std_subjects

ITERCONF_SUBJECTS(std_split_join) {
  using namespace iterconf;
  using namespace iterconf::std_subjects;
  subjects.add("std::views::join",
               {.description = "join of the values in groups of one and two, with empty groups between"},
               [](const subject_input& in) { return std::views::join(families::given_in_groups(in)); });
  subjects.add("std::views::split (projected)",
               {.description = "split of the values at separators between them, each part projected to its value"},
               [](const subject_input& in) {
                 return std::views::split(separated(in), std::optional<value>{}) | std::views::transform(only_value);
               });
  subjects.add("std::views::lazy_split (projected)",
               {.description = "lazy_split of the values at separators between them, each part projected to its value"},
               [](const subject_input& in) {
                 return std::views::lazy_split(separated(in), std::optional<value>{}) |
                        std::views::transform(only_value);
               });
}

// The standard library's views that reorder, project or re-type a range, as subjects: reverse,
// elements, values, common and counted.
#include <list>
#include <map>
#include <ranges>
#include <utility>
#include <vector>

#include "iterconf/adapt/register.hpp"
#include "given_values.hpp"
#include "iterconf/adapt/owned.hpp"

ITERCONF_SUBJECTS(std_reshaped_views) {
  using namespace iterconf;
  subjects.add("std::views::reverse", {.description = "reverse of the values reversed: the values in order"},
               [](const subject_input& in) {
                 return std::views::reverse(std::vector<value>(in.given.rbegin(), in.given.rend()));
               });
  subjects.add("std::views::elements<1>", {.description = "element 1 of (position, value) pairs"},
               [](const subject_input& in) {
                 std::vector<std::pair<std::size_t, value>> pairs;
                 for (std::size_t i = 0; i < in.given.size(); ++i) pairs.emplace_back(i, in.given[i]);
                 return std::views::elements<1>(std::move(pairs));
               });
  subjects.add("std::views::values(std::map)", {.description = "the values of a map keyed by position"},
               [](const subject_input& in) {
                 std::map<std::size_t, value> m;
                 for (std::size_t i = 0; i < in.given.size(); ++i) m.emplace(i, in.given[i]);
                 return std::views::values(std::move(m));
               });
  subjects.add("std::views::common(take_while(iota))",
               {.description = "iota(0) | take_while(i < n) made common, projected to given[i]"},
               [](const subject_input& in) {
                 return std::views::iota(std::size_t{0}) |
                        std::views::take_while([n = in.given.size()](std::size_t i) { return i < n; }) |
                        std::views::common | std::views::transform(families::given_at(in));
               });
  subjects.add("std::views::counted(std::list)", {.description = "counted_iterator over a std::list, n items"},
               [](const subject_input& in) {
                 return iterconf::owned(std::list<value>(in.given.begin(), in.given.end()), [](std::list<value>& l) {
                   return std::views::counted(l.begin(), static_cast<std::ptrdiff_t>(l.size()));
                 });
               });
}

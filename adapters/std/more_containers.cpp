// More of the standard library's sequences as subjects: span, valarray, vector<bool> and
// unordered_multiset.
#include <span>
#include <unordered_set>
#include <valarray>
#include <vector>

#include "iterconf/adapt/register.hpp"
#include "given_values.hpp"
#include "iterconf/adapt/owned.hpp"

ITERCONF_SUBJECTS(std_more_containers) {
  using namespace iterconf;
  subjects.add("std::span<const int>", {.description = "span over a std::vector<int> kept beside it"},
               [](const subject_input& in) {
                 return iterconf::owned(families::given_ints(in),
                                        [](std::vector<int>& v) { return std::span<const int>(v); });
               });
  subjects.add("std::valarray<int>", {.description = "numeric array, iterated through std::begin/std::end"},
               [](const subject_input& in) {
                 const auto ints = families::given_ints(in);
                 return std::valarray<int>(ints.data(), ints.size());
               });
  subjects.add("std::vector<bool>", {.description = "bit vector: items are proxies converting to bool"},
               [](const subject_input& in) {
                 std::vector<bool> bits;
                 for (value v : in.given) bits.push_back(v != 0);
                 return bits;
               });
  subjects.add("std::unordered_multiset<int>",
               {.sequence = order::unordered, .description = "hash multiset: no order, keeps duplicates"},
               [](const subject_input& in) { return std::unordered_multiset<int>(in.given.begin(), in.given.end()); });
}

// Boost.Unordered's hash containers as subjects.
#include <boost/unordered_set.hpp>

#include "iterconf/adapt/register.hpp"

ITERCONF_SUBJECTS(boost_unordered) {
  using namespace iterconf;
  subjects.add("boost::unordered_set<int>",
               {.sequence = order::unique, .description = "hash set: no order, drops duplicates"},
               [](const subject_input& in) { return boost::unordered_set<int>(in.given.begin(), in.given.end()); });
  subjects.add("boost::unordered_multiset<int>",
               {.sequence = order::unordered, .description = "hash multiset: no order, keeps duplicates"},
               [](const subject_input& in) {
                 return boost::unordered_multiset<int>(in.given.begin(), in.given.end());
               });
}

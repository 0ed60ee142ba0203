// Boost.Container's containers as subjects: flat_set, flat_multiset, small_vector, stable_vector,
// slist and static_vector.
#include <limits>
#include <optional>
#include <span>
#include <string>

#include <boost/container/flat_set.hpp>
#include <boost/container/slist.hpp>
#include <boost/container/small_vector.hpp>
#include <boost/container/stable_vector.hpp>
#include <boost/container/static_vector.hpp>

#include "iterconf/adapt/register.hpp"

namespace iterconf::boost_subjects {
namespace {

template <class Container>
Container built_from(const subject_input& in) {
  return Container(in.given.begin(), in.given.end());
}

constexpr std::size_t static_capacity = 64;

}  // namespace
}  // namespace iterconf::boost_subjects

ITERCONF_SUBJECTS(boost_containers) {
  using namespace iterconf;
  using namespace iterconf::boost_subjects;
  namespace bc = boost::container;
  subjects.add("boost::container::flat_set<int>",
               {.sequence = order::sorted_unique, .description = "sorted vector as a set: sorts, drops duplicates"},
               built_from<bc::flat_set<int>>);
  subjects.add("boost::container::flat_multiset<int>",
               {.sequence = order::sorted, .description = "sorted vector as a multiset: sorts"},
               built_from<bc::flat_multiset<int>>);
  subjects.add("boost::container::small_vector<int, 4>",
               {.at_bounds = bounds::checked,  // at() throws std::out_of_range for n >= size()
                .description = "vector with room for four values inline, on the heap beyond"},
               built_from<bc::small_vector<int, 4>>);
  subjects.add("boost::container::stable_vector<int>",
               {.at_bounds = bounds::checked,  // at() throws std::out_of_range for n >= size()
                .description = "vector of nodes: iterators stay valid on insertion"},
               built_from<bc::stable_vector<int>>);
  subjects.add("boost::container::slist<int>", {.description = "singly linked list with size()"},
               built_from<bc::slist<int>>);
  subjects.add("boost::container::static_vector<int, 64>",
               {.at_bounds = bounds::checked,  // at() throws std::out_of_range for n >= size()
                .domain = domain::all_of({domain::at_most(static_capacity),
                                          domain::within(std::numeric_limits<int>::min(), std::numeric_limits<int>::max())}),
                .description = "fixed-capacity vector, at most 64 values"},
               built_from<bc::static_vector<int, static_capacity>>);
}

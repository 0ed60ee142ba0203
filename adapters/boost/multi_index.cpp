// Boost.MultiIndex as the C++ counterpart of a Python dict's keys: a sequenced index (the order
// of insertion) with a hashed unique one (no duplicates), iterated through the first.
#include <boost/multi_index/hashed_index.hpp>
#include <boost/multi_index/identity.hpp>
#include <boost/multi_index/sequenced_index.hpp>
#include <boost/multi_index_container.hpp>

#include "iterconf/adapt/register.hpp"

namespace iterconf::boost_subjects {
namespace {

namespace bmi = boost::multi_index;

// Inserting a value the hashed index holds already is refused, so each value stays where it
// first occurred, as in dict.fromkeys(values).
using insertion_ordered_set =
    bmi::multi_index_container<value, bmi::indexed_by<bmi::sequenced<>, bmi::hashed_unique<bmi::identity<value>>>>;

}  // namespace
}  // namespace iterconf::boost_subjects

ITERCONF_SUBJECTS(boost_multi_index) {
  using namespace iterconf;
  using iterconf::boost_subjects::insertion_ordered_set;
  subjects.add("boost::multi_index_container<sequenced, hashed_unique>",
               {.sequence = order::insertion,
                .description = "insertion-ordered set (a Python dict's keys): drops duplicates, keeps first occurrences"},
               [](const subject_input& in) { return insertion_ordered_set(in.given.begin(), in.given.end()); });
}

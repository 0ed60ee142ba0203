// Boost.CircularBuffer as a subject: a ring whose storage wraps around.
#include <boost/circular_buffer.hpp>

#include "iterconf/adapt/register.hpp"

namespace iterconf::boost_subjects {
namespace {

/// A ring of capacity n that was given two pad values before the n values: the values overwrote
/// the pads, so its storage starts two slots in and wraps around the end.
boost::circular_buffer<int> wrapped_ring(const subject_input& in) {
  boost::circular_buffer<int> ring(in.given.size());
  ring.push_back(0);
  ring.push_back(0);
  for (value v : in.given) ring.push_back(static_cast<int>(v));
  return ring;
}

}  // namespace
}  // namespace iterconf::boost_subjects

ITERCONF_SUBJECTS(boost_circular_buffer) {
  using namespace iterconf;
  using namespace iterconf::boost_subjects;
  subjects.add("boost::circular_buffer<int> (wrapped)",
               {.at_bounds = bounds::checked,  // at(): "Throws: std::out_of_range when the index is invalid"
                .description = "full ring buffer whose storage wraps around its end"},
               wrapped_ring);
}

// Boost.Coroutine2's pull_type as a subject: a stackful coroutine that yields the given values,
// driven as a generator through the range that begin(pull_type&) and end(pull_type&) give.
#include <boost/coroutine2/coroutine.hpp>

#include "iterconf/adapt/begin_counter.hpp"
#include "iterconf/adapt/register.hpp"

namespace iterconf::boost_subjects {
namespace {

using pull_type = boost::coroutines2::coroutine<value>::pull_type;
using push_type = boost::coroutines2::coroutine<value>::push_type;

/// The generator's body: records when it starts, each value it yields and its end.
pull_type yield_given(subject_input in) {
  return pull_type([in](push_type& yield) {
    in.events.body_started();
    for (std::size_t i = 0; i < in.given.size(); ++i) {
      in.raise_if_due(i);
      in.events.value_produced();
      yield(in.given[i]);
    }
    in.events.body_finished();
  });
}

}  // namespace
}  // namespace iterconf::boost_subjects

ITERCONF_SUBJECTS(boost_coroutine2) {
  using namespace iterconf;
  using namespace iterconf::boost_subjects;
  // pull_type's constructor runs the body up to its first yield, so the body starts and the first
  // value is computed before anything asks for it: that breaks gen.lazy-start
  // (adapters/expectations.yaml) and is no look-ahead, since each next() then computes one value.
  subjects.add("boost::coroutines2::coroutine<int64>::pull_type",
               {.probed = true, .generator = true, .raises = true,
                .description = "stackful coroutine yielding the given values, run to its first yield when built"},
               [](const subject_input& in) { return adapt::begin_counter(yield_given(in), in); });
}

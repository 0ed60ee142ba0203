// The seed's examples as subjects: a C++ version of every iterable in shared/seed.
#include <vector>

#include "callable_iterator.hpp"
#include "contains_only.hpp"
#include "generator.hpp"
#include "index_only.hpp"
#include "iterconf/adapt/begin_counter.hpp"
#include "iterconf/adapt/register.hpp"
#include "java_iterator.hpp"
#include "list_iterator.hpp"
#include "opted_out.hpp"
#include "yrange.hpp"

namespace iterconf::seed {
namespace {

// The seed's generator function: records when its body starts, each value, and its end.
generator<value> yield_given(subject_input in) {
  in.events.body_started();
  for (std::size_t i = 0; i < in.given.size(); ++i) {
    in.raise_if_due(i);
    in.events.value_produced();
    co_yield in.given[i];
  }
  in.events.body_finished();
}

// The seed's infinite generator: counts up for ever; the consumer decides when to stop.
generator<value> count_from(subject_input in) {
  in.events.body_started();
  value v = in.given.empty() ? 0 : in.given.front();
  for (std::size_t i = 0;; ++i, ++v) {
    in.raise_if_due(i);
    in.events.value_produced();
    co_yield v;
  }
}

// The callable of iter(callable, sentinel): the given values, then the sentinel, then the values
// again, so that a call after the sentinel would show as an item.
auto values_then_sentinel(subject_input in) {
  return [in, i = std::size_t{0}]() mutable {
    in.events.callable_called();
    in.budget.spend();
    const std::size_t period = in.given.size() + 1;
    const std::size_t k = i++ % period;
    return k < in.given.size() ? in.given[k] : in.sentinel;
  };
}

}  // namespace
}  // namespace iterconf::seed

ITERCONF_SUBJECTS(seed) {
  using namespace iterconf;
  using namespace iterconf::seed;
  subjects.add("seed::yrange",
               {.probed = true,
                .single_pass = true,  // an input range whose begin() continues: declared, so judged as an iterator
                .domain = domain::consecutive(),
                .description = "range-like class whose begin() continues its own state (the seed's yrange)"},
               [](const subject_input& in) {
                 const value first = in.given.empty() ? 0 : in.given.front();
                 return yrange(first, first + static_cast<value>(in.given.size()), in);
               });
  subjects.add("seed::list_iterator",
               {.raises = true, .description = "iterator whose iter() is itself: optional-returning next()"},
               [](const subject_input& in) { return list_iterator(in); });
  subjects.add("seed::java_iterator", {.raises = true, .description = "Java-style hasNext()/next() iterator"},
               [](const subject_input& in) { return java_iterator(in); });
  subjects.add("seed::index_only",
               {.raises = true,
                .at_bounds = bounds::checked,  // at() throws std::out_of_range past the end (index_only.hpp)
                .description = "only at()/operator[] with size(): iterated by the index walk"},
               [](const subject_input& in) { return index_only(in); });
  subjects.add("seed::contains_only", {.description = "only a member contains(): membership but no iteration"},
               [](const subject_input& in) { return contains_only(in); });
  subjects.add("seed::opaque", {.description = "none of the protocol: not iterable, no contains, no index"},
               [](const subject_input& in) { return opaque{{in.given.begin(), in.given.end()}}; });
  subjects.add("seed::opted_out",
               {.positional = false,  // begin() deleted: it opts out of iteration, and its index is no walk
                .description = "at()/operator[] with begin() deleted: Python's __iter__ = None"},
               [](const subject_input& in) { return opted_out(in); });
  subjects.add("seed::contains_deleted", {.description = "a range with contains() deleted: Python's __contains__ = None"},
               [](const subject_input& in) { return contains_deleted(in); });
  subjects.add("seed::begin_not_iterator", {.description = "begin() returns a number, no iterator: not a range"},
               [](const subject_input& in) { return begin_not_iterator(in); });
  subjects.add("seed::generator",
               {.probed = true, .generator = true, .raises = true,
                .description = "generator function written as a C++20 coroutine"},
               [](const subject_input& in) { return adapt::begin_counter(yield_given(in), in); });
  subjects.add("seed::infinite_generator",
               {.sequence = order::counting, .probed = true, .generator = true, .raises = true,
                .description = "infinite coroutine generator counting up from given[0]"},
               [](const subject_input& in) { return adapt::begin_counter(count_from(in), in); });
  subjects.add("seed::callable_iterator",
               {.callable = true, .description = "iter(callable, sentinel): calls until the sentinel"},
               [](const subject_input& in) { return callable_iterator(values_then_sentinel(in), in.sentinel); });
}

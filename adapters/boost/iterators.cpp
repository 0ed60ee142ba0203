// Boost.Iterator's adaptors as subjects: counting_iterator, transform_iterator, filter_iterator
// and zip_iterator, each as the iterator_range of a begin and an end iterator.
#include <cstddef>
#include <vector>

#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/filter_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>
#include <boost/iterator/zip_iterator.hpp>
#include <boost/range/iterator_range.hpp>
#include <boost/tuple/tuple.hpp>

#include "iterconf/adapt/begin_counter.hpp"
#include "iterconf/adapt/register.hpp"
#include "std/given_values.hpp"
#include "iterconf/adapt/owned.hpp"

namespace iterconf::boost_subjects {
namespace {

using boost::counting_iterator;

/// zip_iterator's item, a tuple of references, projected to the given value it holds.
struct first_of_tuple {
  template <class Tuple>
  value operator()(const Tuple& t) const {
    return boost::get<0>(t);
  }
};

}  // namespace
}  // namespace iterconf::boost_subjects

ITERCONF_SUBJECTS(boost_iterators) {
  using namespace iterconf;
  using namespace iterconf::boost_subjects;
  subjects.add("boost::counting_iterator",
               {.domain = domain::consecutive(),
                .description = "range of two counting_iterators over the given consecutive values"},
               [](const subject_input& in) {
                 const value first = in.given.empty() ? 0 : in.given.front();
                 const value last = first + static_cast<value>(in.given.size());
                 return boost::make_iterator_range(counting_iterator<value>(first), counting_iterator<value>(last));
               });
  subjects.add("boost::transform_iterator",
               {.lazy = true, .probed = true, .raises = true,
                .description = "transform_iterator over counting_iterator(0..n), computing given[i] when dereferenced"},
               [](const subject_input& in) {
                 const families::probed_item item(in);
                 auto at = [&item](std::size_t i) {
                   return boost::make_transform_iterator(counting_iterator<std::size_t>(i), item);
                 };
                 return adapt::begin_counter(boost::make_iterator_range(at(0), at(in.given.size())), in);
               });
  // Constructing a filter_iterator moves it to the first item its predicate admits, so the range
  // tests the first value when it is built: that breaks gen.lazy-start (adapters/expectations.yaml)
  // and is no look-ahead, since iterating it computes no value before it is asked for.
  subjects.add("boost::filter_iterator",
               {.lazy = true, .probed = true,
                .description = "filter_iterator whose predicate admits every value and records each test"},
               [](const subject_input& in) {
                 return adapt::begin_counter(
                     iterconf::owned(families::given_values(in),
                                     [admit = families::probed_admit(in)](std::vector<value>& v) {
                                       return boost::make_iterator_range(
                                           boost::make_filter_iterator(admit, v.begin(), v.end()),
                                           boost::make_filter_iterator(admit, v.end(), v.end()));
                                     }),
                     in);
               });
  subjects.add("boost::zip_iterator (projected)",
               {.description = "zip_iterator over the values and a counting_iterator, projected to the value"},
               [](const subject_input& in) {
                 return iterconf::owned(families::given_values(in), [](std::vector<value>& v) {
                   auto zip_at = [&v](std::size_t i) {
                     return boost::make_transform_iterator(
                         boost::make_zip_iterator(boost::make_tuple(v.begin() + static_cast<std::ptrdiff_t>(i),
                                                                    counting_iterator<std::size_t>(i))),
                         first_of_tuple{});
                   };
                   return boost::make_iterator_range(zip_at(0), zip_at(v.size()));
                 });
               });
}

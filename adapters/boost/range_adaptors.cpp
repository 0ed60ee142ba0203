// Boost.Range's ranges and adaptors as subjects: irange, and the filtered, transformed, indexed
// and reversed adaptors. Boost.Range adaptors borrow their container, so the container lives in
// an owned holder beside them.
#include <algorithm>
#include <cstddef>
#include <vector>

#include <boost/range/adaptor/filtered.hpp>
#include <boost/range/adaptor/indexed.hpp>
#include <boost/range/adaptor/reversed.hpp>
#include <boost/range/adaptor/transformed.hpp>
#include <boost/range/irange.hpp>

#include "iterconf/adapt/begin_counter.hpp"
#include "iterconf/adapt/register.hpp"
#include "std/given_values.hpp"
#include "iterconf/adapt/owned.hpp"

namespace iterconf::boost_subjects {
namespace {

/// The given values with a pad after each, the pad being a value that is not among them, for
/// a filter to drop.
struct padded_values {
  std::vector<value> items;
  value pad = 0;
};

padded_values padded(const subject_input& in) {
  padded_values p;
  p.pad = in.given.empty() ? 0 : *std::max_element(in.given.begin(), in.given.end()) + 1;
  for (value v : in.given) {
    p.items.push_back(v);
    p.items.push_back(p.pad);
  }
  return p;
}

/// filtered's predicate: drops the pad. A struct, not a lambda, so that it is default
/// constructible and the filter's iterators stay forward iterators.
struct not_pad {
  value pad = 0;
  bool operator()(value v) const { return v != pad; }
};

/// indexed's item, an index_value, projected to the value.
struct value_of_indexed {
  template <class IndexValue>
  value operator()(const IndexValue& iv) const {
    return iv.value();
  }
};

}  // namespace
}  // namespace iterconf::boost_subjects

ITERCONF_SUBJECTS(boost_range) {
  using namespace iterconf;
  using namespace iterconf::boost_subjects;
  using iterconf::owned;
  subjects.add("boost::irange(a, b)",
               {.domain = domain::consecutive(), .description = "integer range over the given consecutive values"},
               [](const subject_input& in) {
                 const value first = in.given.empty() ? 0 : in.given.front();
                 return boost::irange(first, first + static_cast<value>(in.given.size()));
               });
  subjects.add("boost::adaptors::filtered", {.description = "filtered(v != pad) over the values with a pad after each"},
               [](const subject_input& in) {
                 return owned(padded(in), [](padded_values& p) {
                   return p.items | boost::adaptors::filtered(not_pad{p.pad});
                 });
               });
  subjects.add("boost::adaptors::transformed",
               {.lazy = true, .probed = true, .raises = true,
                .description = "irange(0, n) | transformed, computing given[i] when dereferenced"},
               [](const subject_input& in) {
                 return adapt::begin_counter(boost::irange(std::size_t{0}, in.given.size()) |
                                                 boost::adaptors::transformed(families::probed_item(in)),
                                             in);
               });
  subjects.add("boost::adaptors::indexed (projected)",
               {.description = "indexed(0) over the values, projected to the value"},
               [](const subject_input& in) {
                 return owned(families::given_values(in), [](std::vector<value>& v) {
                   return v | boost::adaptors::indexed(0) | boost::adaptors::transformed(value_of_indexed{});
                 });
               });
  subjects.add("boost::adaptors::reversed", {.description = "reversed over the values reversed: the values in order"},
               [](const subject_input& in) {
                 return owned(std::vector<value>(in.given.rbegin(), in.given.rend()),
                              [](std::vector<value>& v) { return v | boost::adaptors::reversed; });
               });
}

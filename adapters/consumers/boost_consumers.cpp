// Boost.Algorithm's membership algorithm as a consumer under test, over the archetypes.
#include <ranges>
#include <string_view>

#include <boost/algorithm/cxx11/any_of.hpp>
#include <boost/range/begin.hpp>
#include <boost/range/end.hpp>

#include "consumers/pairs.hpp"

namespace iterconf::consumers {
namespace {

/// `boost::algorithm::any_of_equal(x, v)`. Boost.Range takes `boost::begin(x)` and `boost::end(x)`
/// of one type (its const_iterator): a common range, whose end is no sentinel.
struct boost_any_of_equal {
  static constexpr std::string_view name = "boost::algorithm::any_of_equal";

  template <class R>
    requires std::ranges::common_range<const R> && requires { typename R::const_iterator; }
  bool operator()(R& r, value v) const {
    return boost::algorithm::any_of_equal(r, v);
  }
};

using namespace shapes;

// Not registered: index access alone (no begin()/end()) and a sentinel-terminated range (begin()
// and end() of different types) are type errors to Boost.Range.
static_assert(cannot_take<boost_any_of_equal, index_only, bidirectional_sentinel>);

}  // namespace
}  // namespace iterconf::consumers

ITERCONF_SUBJECTS(consumers) {
  using namespace iterconf::consumers;
  using namespace iterconf::consumers::shapes;
  add_pairs<forward_sized_contains, input, forward_sized, random_access_sized_indexed>(subjects,
                                                                                       boost_any_of_equal{});
}

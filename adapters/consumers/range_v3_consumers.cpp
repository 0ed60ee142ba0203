// range-v3's membership algorithms as consumers under test, each over the archetypes.
#include <string_view>

#include <range/v3/algorithm/any_of.hpp>
#include <range/v3/algorithm/contains.hpp>
#include <range/v3/algorithm/find.hpp>
#include <range/v3/range/access.hpp>
#include <range/v3/range/concepts.hpp>

#include "consumers/pairs.hpp"

namespace iterconf::consumers {
namespace {

/// `ranges::find(x, v) != ranges::end(x)`.
struct range_v3_find {
  static constexpr std::string_view name = "range_v3::find";

  template <class R>
    requires ranges::input_range<R>
  bool operator()(R& r, value v) const {
    return ranges::find(r, v) != ranges::end(r);
  }
};

/// `ranges::any_of(x, == v)`.
struct range_v3_any_of {
  static constexpr std::string_view name = "range_v3::any_of";

  template <class R>
    requires ranges::input_range<R>
  bool operator()(R& r, value v) const {
    return ranges::any_of(r, [v](const auto& e) { return e == v; });
  }
};

/// `ranges::contains(x, v)` (range-v3 0.12): find, compared with the end.
struct range_v3_contains {
  static constexpr std::string_view name = "range_v3::contains";

  template <class R>
    requires ranges::input_range<R>
  bool operator()(R& r, value v) const {
    return ranges::contains(r, v);
  }
};

using namespace shapes;

// range-v3 sees the archetypes as the standard's concepts do.
static_assert(ranges::input_range<archetype<input>> && !ranges::forward_range<archetype<input>>);
static_assert(ranges::forward_range<archetype<forward_sized>> && ranges::sized_range<archetype<forward_sized>>);
static_assert(ranges::bidirectional_range<archetype<bidirectional_sentinel>> &&
              !ranges::common_range<archetype<bidirectional_sentinel>>);
static_assert(ranges::random_access_range<archetype<random_access_sized_indexed>>);
// range-v3's algorithms take no type without begin()/end(): index access alone is a type error.
static_assert(cannot_take<range_v3_find, index_only>);
static_assert(cannot_take<range_v3_any_of, index_only>);
static_assert(cannot_take<range_v3_contains, index_only>);

}  // namespace
}  // namespace iterconf::consumers

ITERCONF_SUBJECTS(consumers) {
  using namespace iterconf::consumers;
  using namespace iterconf::consumers::shapes;
  add_pairs<forward_sized_contains, input, forward_sized, bidirectional_sentinel, random_access_sized_indexed>(
      subjects, range_v3_find{});
  add_pairs<forward_sized_contains, input, forward_sized, bidirectional_sentinel, random_access_sized_indexed>(
      subjects, range_v3_any_of{});
  add_pairs<forward_sized_contains, input, forward_sized, bidirectional_sentinel, random_access_sized_indexed>(
      subjects, range_v3_contains{});
}

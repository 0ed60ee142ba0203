// Abseil's container algorithms for membership as consumers under test, over the archetypes.
#include <iterator>
#include <ranges>
#include <string_view>

#include <absl/algorithm/container.h>

#include "consumers/pairs.hpp"

namespace iterconf::consumers {
namespace {

/// Abseil's container algorithms call std::find on `begin(c)` and `end(c)`, which must have one
/// type with the member types of a C++17 iterator: a common range, whose end is no sentinel.
template <class C>
concept abseil_container =
    std::ranges::common_range<const C> &&
    requires { typename std::iterator_traits<std::ranges::iterator_t<const C>>::iterator_category; };

/// `absl::c_linear_search(x, v)`.
struct absl_c_linear_search {
  static constexpr std::string_view name = "absl::c_linear_search";

  template <abseil_container C>
  bool operator()(C& c, value v) const {
    return absl::c_linear_search(c, v);
  }
};

/// `absl::c_find(x, v) != std::end(x)`.
struct absl_c_find {
  static constexpr std::string_view name = "absl::c_find";

  template <abseil_container C>
  bool operator()(C& c, value v) const {
    return absl::c_find(c, v) != std::end(c);
  }
};

using namespace shapes;

// Not registered: index access alone (no begin()/end()) and a sentinel-terminated range (begin()
// and end() of different types) are type errors to Abseil's container algorithms.
static_assert(cannot_take<absl_c_linear_search, index_only, bidirectional_sentinel>);
static_assert(cannot_take<absl_c_find, index_only, bidirectional_sentinel>);

}  // namespace
}  // namespace iterconf::consumers

ITERCONF_SUBJECTS(consumers) {
  using namespace iterconf::consumers;
  using namespace iterconf::consumers::shapes;
  add_pairs<forward_sized_contains, input, forward_sized, random_access_sized_indexed>(subjects,
                                                                                       absl_c_linear_search{});
  add_pairs<forward_sized_contains, input, forward_sized, random_access_sized_indexed>(subjects, absl_c_find{});
}

// The reference consumer and the std::ranges membership algorithms, each over the archetypes.
#include "consumers/pairs.hpp"
#include "consumers/std_consumers.hpp"

namespace iterconf::consumers {
namespace {

using namespace shapes;

// std::ranges algorithms take no type without begin()/end(): index access alone is a type error.
static_assert(cannot_take<std_ranges_find, index_only>);
static_assert(cannot_take<std_ranges_any_of, index_only>);
static_assert(cannot_take<std_ranges_count, index_only>);

}  // namespace
}  // namespace iterconf::consumers

ITERCONF_SUBJECTS(consumers) {
  using namespace iterconf::consumers;
  using namespace iterconf::consumers::shapes;
  add_pairs<forward_sized_contains, input, forward_sized, index_only, bidirectional_sentinel,
            random_access_sized_indexed>(subjects, reference_consumer{});
  add_pairs<forward_sized_contains, input, forward_sized, bidirectional_sentinel, random_access_sized_indexed>(
      subjects, std_ranges_find{});
  add_pairs<forward_sized_contains, input, forward_sized, bidirectional_sentinel, random_access_sized_indexed>(
      subjects, std_ranges_any_of{});
  add_pairs<forward_sized_contains, input, forward_sized, bidirectional_sentinel, random_access_sized_indexed>(
      subjects, std_ranges_count{});
}

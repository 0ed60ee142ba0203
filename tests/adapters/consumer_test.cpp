// The reference consumer's fallbacks, checked directly on the seed's types with RapidCheck:
// own contains, then iteration (stopping at the first match), then the index walk, else a type error.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>

#include "iterconf/adapt/consumer.hpp"
#include "seed/contains_only.hpp"
#include "seed/index_only.hpp"
#include "seed/list_iterator.hpp"
#include "seed/opted_out.hpp"

namespace iterconf {
namespace {

struct instruments {
  probe events;
  step_budget budget{1000000};
  subject_input input(const std::vector<value>& given) { return {given, events, budget, std::nullopt, -1}; }
};

// The type-error path is chosen at compile time: these types offer exactly one protocol path.
static_assert(!adapt::iterable<seed::contains_only> && adapt::has_own_membership<seed::contains_only>);
static_assert(adapt::indexable<seed::index_only> && !std::ranges::input_range<seed::index_only>);
static_assert(!adapt::iterable<seed::opaque> && !adapt::has_own_membership<seed::opaque>);
// Deleting begin() or contains() is not seen as an opt-out, only as their absence ([iter.opt-out],
// spec/in.md "Opting out of contains"); a begin() that gives no iterator makes no range
// ([iter.non-iterator]).
static_assert(adapt::indexable<seed::opted_out> && !std::ranges::input_range<seed::opted_out>);
static_assert(std::ranges::forward_range<seed::contains_deleted> && !adapt::has_own_membership<seed::contains_deleted>);
static_assert(!adapt::iterable<seed::begin_not_iterator> && !adapt::has_own_membership<seed::begin_not_iterator>);

RC_GTEST_PROP(reference_consumer, a_contains_only_type_is_asked_through_contains_alone,
              (const std::vector<value>& given, value v)) {
  instruments with;
  seed::contains_only x(with.input(given));
  const signal answer = adapt::membership(x, v, with.input(given));
  RC_ASSERT(answer.kind == signal_kind::item);
  RC_ASSERT((answer.item == 1) == (std::find(given.begin(), given.end(), v) != given.end()));
  RC_ASSERT(with.events.path() == membership_path::contains);
  RC_ASSERT(with.events.contains_calls() == 1u);
}

RC_GTEST_PROP(reference_consumer, the_index_walk_tries_indices_up_to_the_first_match_or_the_index_error,
              (const std::vector<value>& given, value v)) {
  instruments with;
  seed::index_only x(with.input(given));
  const signal answer = adapt::membership(x, v, with.input(given));
  const auto match = std::find(given.begin(), given.end(), v);
  const std::size_t last = match == given.end() ? given.size() : static_cast<std::size_t>(match - given.begin());
  std::vector<std::size_t> tried(last + 1);
  for (std::size_t i = 0; i <= last; ++i) tried[i] = i;
  RC_ASSERT(answer.kind == signal_kind::item);
  RC_ASSERT((answer.item == 1) == (match != given.end()));
  RC_ASSERT(with.events.path() == membership_path::index);
  RC_ASSERT(with.events.indices() == tried);
}

RC_GTEST_PROP(reference_consumer, membership_over_an_iterator_leaves_the_rest_unconsumed,
              (const std::vector<value>& given, value v)) {
  instruments with;
  seed::list_iterator it(with.input(given));
  const signal answer = adapt::membership(it, v, with.input(given));
  const auto match = std::find(given.begin(), given.end(), v);
  RC_ASSERT((answer.item == 1) == (match != given.end()));
  RC_ASSERT(with.events.path() == membership_path::iterate);
  // The next item is the one after the first match; after a miss the iterator is exhausted.
  const auto next = it.next();
  if (match == given.end() || match + 1 == given.end()) {
    RC_ASSERT(!next.has_value());
  } else {
    RC_ASSERT(next == std::optional<value>(*(match + 1)));
  }
}

TEST(reference_consumer, an_object_with_no_protocol_is_a_type_error) {
  instruments with;
  const std::vector<value> given = {1, 2};
  seed::opaque x{given};
  const signal answer = adapt::membership(x, 1, with.input(given));
  EXPECT_EQ(answer.kind, signal_kind::type_error);
  EXPECT_EQ(with.events.path(), membership_path::type_error);
}

TEST(reference_consumer, an_index_declared_no_walk_is_no_membership_path) {
  instruments with;
  const std::vector<value> given = {1, 2};
  seed::opted_out x(with.input(given));
  adapt::access_policy declared;
  declared.positional = false;
  EXPECT_EQ(adapt::membership(x, 1, with.input(given), declared).kind, signal_kind::type_error);
  EXPECT_EQ(with.events.path(), membership_path::type_error);
  EXPECT_TRUE(with.events.indices().empty());
}

TEST(reference_consumer, a_range_with_contains_deleted_is_walked) {
  instruments with;
  const std::vector<value> given = {5, 6, 7};
  seed::contains_deleted x(with.input(given));
  const signal answer = adapt::membership(x, 6, with.input(given));
  EXPECT_EQ(answer.kind, signal_kind::item);
  EXPECT_EQ(answer.item, 1);
  EXPECT_EQ(with.events.path(), membership_path::iterate);
}

}  // namespace
}  // namespace iterconf

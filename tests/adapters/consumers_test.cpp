// The consumer archetypes record the protocol operations a consumer makes on them, and a subject
// whose membership is under test gets its `path` probe from those records (adapters/consumers/,
// in.consumer.prefers-contains and the fallbacks of spec/in.md).
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <vector>

#include "consumers/archetypes.hpp"
#include "consumers/pairs.hpp"
#include "consumers/std_consumers.hpp"

namespace iterconf {
namespace {

using namespace consumers;
using namespace consumers::shapes;

struct instruments {
  probe events;
  step_budget budget{1000000};
  std::optional<std::size_t> raises_at;
  subject_input input(const std::vector<value>& given) { return {given, events, budget, raises_at, -1}; }
};

TEST(consumer_archetypes, a_forward_archetype_records_each_begin_and_each_dereference) {
  instruments with;
  const std::vector<value> given = {5, 3, 9};
  archetype<forward_sized> x(with.input(given));
  EXPECT_TRUE(std::ranges::find(x, 3) != x.end());
  EXPECT_EQ(with.events.iters(), 1u);
  EXPECT_EQ(with.events.produced(), 2u);  // 5, then 3
  EXPECT_EQ(std::ranges::count(x, 3), 1);
  EXPECT_EQ(with.events.iters(), 2u);
  EXPECT_EQ(with.events.produced(), 5u);
  EXPECT_EQ(with.events.contains_calls(), 0u);
  EXPECT_TRUE(with.events.indices().empty());
}

TEST(consumer_archetypes, an_input_archetype_reads_on_demand_and_a_new_begin_continues_after_the_match) {
  instruments with;
  const std::vector<value> given = {1, 2, 3, 4};
  archetype<input> x(with.input(given));
  EXPECT_EQ(with.events.produced(), 0u);
  EXPECT_TRUE(std::ranges::find(x, 2) != x.end());
  EXPECT_EQ(with.events.iters(), 1u);
  EXPECT_EQ(with.events.produced(), 2u);  // nothing read past the match
  auto it = x.begin();                    // moves past the 2 the last iterator stood on
  EXPECT_EQ(*it, 3);
  ++it;
  EXPECT_EQ(*it, 4);
  ++it;
  EXPECT_TRUE(it == x.end());
  EXPECT_TRUE(x.begin() == std::ranges::end(x));  // the end sticks
  EXPECT_EQ(with.events.iters(), 3u);
  EXPECT_EQ(with.events.produced(), 4u);
}

TEST(consumer_archetypes, own_contains_is_one_recorded_call_and_no_walk) {
  instruments with;
  const std::vector<value> given = {7, 1, 8};
  archetype<forward_sized_contains> x(with.input(given));
  EXPECT_TRUE(x.contains(8));
  EXPECT_FALSE(x.contains(2));
  EXPECT_EQ(with.events.contains_calls(), 2u);
  EXPECT_EQ(with.events.iters(), 0u);
  EXPECT_EQ(with.events.produced(), 0u);
}

TEST(consumer_archetypes, index_access_records_every_index_tried_including_the_index_error) {
  instruments with;
  const std::vector<value> given = {4, 6};
  archetype<index_only> x(with.input(given));
  EXPECT_EQ(x.at(1), 6);
  EXPECT_EQ(x[0], 4);
  EXPECT_THROW(x.at(2), std::out_of_range);
  EXPECT_EQ(with.events.indices(), (std::vector<std::size_t>{1, 0, 2}));
  EXPECT_EQ(with.events.produced(), 2u);
}

TEST(consumer_archetypes, an_archetype_raises_when_it_would_produce_the_faulty_element) {
  instruments with;
  with.raises_at = 1;
  const std::vector<value> given = {1, 2, 3};
  archetype<forward_sized> x(with.input(given));
  EXPECT_TRUE(std::ranges::find(x, 1) != x.end());
  EXPECT_THROW((void)std::ranges::find(x, 3), injected_error);
}

TEST(consumer_archetypes, the_inferred_path_prefers_contains_then_iteration_then_indexing) {
  using adapt::inferred_path;
  EXPECT_EQ(inferred_path({1, 2, 3}, {2, 3, 4}), membership_path::contains);
  EXPECT_EQ(inferred_path({1, 2, 3}, {1, 3, 4}), membership_path::iterate);
  EXPECT_EQ(inferred_path({1, 2, 3}, {1, 2, 4}), membership_path::index);
  EXPECT_EQ(inferred_path({1, 2, 3}, {1, 2, 3}), std::nullopt);
}

/// The pairs of one consumer, registered into a registry of the test's own.
class consumer_pairs {
 public:
  template <class Consumer>
  explicit consumer_pairs(Consumer consumer) {
    adapt::subject_family subjects(registry_, "consumers");
    add_pairs<forward_sized_contains, input, forward_sized, random_access_sized_indexed>(subjects, consumer);
    if constexpr (adapt::membership_consumer<Consumer, archetype<index_only>>)
      add_pairs<index_only>(subjects, consumer);
  }

  /// A fresh subject of the pair `name`, recording into `with`.
  std::unique_ptr<subject_object> build(const std::string& name, instruments& with, const std::vector<value>& given) {
    const subject_entry* entry = registry_.find(name);
    if (entry == nullptr) throw std::logic_error("no subject " + name);
    return entry->make(with.input(given));
  }

 private:
  subject_registry registry_;
};

TEST(consumer_pairs, the_reference_consumer_is_credited_with_the_path_it_takes) {
  consumer_pairs pairs(reference_consumer{});
  const std::vector<value> given = {4, 1, 4, 2};
  {
    instruments with;
    auto x = pairs.build("consumer::reference on forward_sized_contains", with, given);
    EXPECT_EQ(x->contains(2).item, 1);
    EXPECT_EQ(with.events.path(), membership_path::contains);
    EXPECT_EQ(with.events.contains_calls(), 1u);  // the archetype's record alone, not the consumer's too
    EXPECT_EQ(with.events.iters(), 0u);
  }
  {
    instruments with;
    auto x = pairs.build("consumer::reference on forward_sized", with, given);
    EXPECT_EQ(x->contains(1).item, 1);
    EXPECT_EQ(with.events.path(), membership_path::iterate);
    EXPECT_EQ(with.events.produced(), 2u);
  }
  {
    instruments with;
    auto x = pairs.build("consumer::reference on index_only", with, given);
    EXPECT_EQ(x->contains(9).item, 0);
    EXPECT_EQ(with.events.path(), membership_path::index);
    EXPECT_EQ(with.events.indices(), (std::vector<std::size_t>{0, 1, 2, 3, 4}));
  }
  {
    // Iteration comes before indexing, even where both are there.
    instruments with;
    auto x = pairs.build("consumer::reference on random_access_sized_indexed", with, given);
    EXPECT_EQ(x->contains(2).item, 1);
    EXPECT_EQ(with.events.path(), membership_path::iterate);
    EXPECT_TRUE(with.events.indices().empty());
  }
}

TEST(consumer_pairs, std_ranges_find_is_seen_walking_a_container_that_has_contains) {
  consumer_pairs pairs(std_ranges_find{});
  instruments with;
  auto x = pairs.build("consumer::std::ranges::find on forward_sized_contains", with, {7, 1, 8, 2});
  EXPECT_EQ(x->contains(8).item, 1);
  EXPECT_EQ(x->contains(5).item, 0);
  EXPECT_EQ(with.events.path(), membership_path::iterate);  // in.consumer.prefers-contains fails
  EXPECT_EQ(with.events.contains_calls(), 0u);
  EXPECT_EQ(with.events.iters(), 2u);
  EXPECT_EQ(with.events.produced(), 3u + 4u);
}

TEST(consumer_pairs, std_ranges_find_stops_at_the_match_and_count_does_not) {
  const std::vector<value> given = {1, 2, 3, 4, 5};
  {
    consumer_pairs pairs(std_ranges_find{});
    instruments with;
    auto x = pairs.build("consumer::std::ranges::find on input", with, given);
    EXPECT_EQ(x->contains(2).item, 1);
    EXPECT_EQ(with.events.path(), membership_path::iterate);
    EXPECT_EQ(with.events.produced(), 2u);
    auto it = std::get<iterator_ptr>(x->iter());
    EXPECT_EQ(it->next().item, 3);
  }
  {
    consumer_pairs pairs(std_ranges_count{});
    instruments with;
    auto x = pairs.build("consumer::std::ranges::count on input", with, given);
    EXPECT_EQ(x->contains(2).item, 1);
    EXPECT_EQ(with.events.produced(), 5u);
    auto it = std::get<iterator_ptr>(x->iter());
    EXPECT_EQ(it->next().kind, signal_kind::end);
  }
}

TEST(consumer_pairs, membership_over_an_iterator_runs_the_consumer_under_test_on_the_rest) {
  const std::vector<value> given = {1, 2, 3, 4, 5};
  for (bool stops : {true, false}) {
    consumer_pairs pairs = stops ? consumer_pairs(std_ranges_find{}) : consumer_pairs(std_ranges_count{});
    instruments with;
    const std::string consumer = stops ? "std::ranges::find" : "std::ranges::count";
    auto x = pairs.build("consumer::" + consumer + " on forward_sized", with, given);
    auto it = std::get<iterator_ptr>(x->iter());
    EXPECT_EQ(it->next().item, 1);
    EXPECT_EQ(it->contains(3).item, 1);
    EXPECT_EQ(with.events.path(), membership_path::iterate);
    const signal after = it->next();
    if (stops) {
      EXPECT_EQ(after.item, 4);
    } else {
      EXPECT_EQ(after.kind, signal_kind::end);
    }
  }
}

TEST(consumer_pairs, iterators_of_a_subject_under_test_still_copy_and_compare) {
  consumer_pairs pairs(std_ranges_find{});
  instruments with;
  auto x = pairs.build("consumer::std::ranges::find on forward_sized", with, {1, 2, 3});
  auto a = std::get<iterator_ptr>(x->iter());
  EXPECT_EQ(a->next().item, 1);
  std::shared_ptr<iterator_handle> b = a->copy();
  ASSERT_NE(b, nullptr);
  auto same = a->compare(*b);
  ASSERT_TRUE(same.has_value());
  EXPECT_TRUE(same->a_eq_b);
  EXPECT_EQ(b->next().item, 2);
  EXPECT_FALSE(a->compare(*b)->a_eq_b);
}

TEST(consumer_pairs, indices_are_recorded_once_by_the_subject_not_again_by_the_adapters) {
  consumer_pairs pairs(std_ranges_find{});
  instruments with;
  auto x = pairs.build("consumer::std::ranges::find on random_access_sized_indexed", with, {1, 2, 3});
  EXPECT_EQ(x->getitem(1).item, 2);
  EXPECT_EQ(x->getitem(3).kind, signal_kind::index_error);
  EXPECT_EQ(with.events.indices(), (std::vector<std::size_t>{1, 3}));
}

// [in.fallback.iterate], in.consumer.prefers-contains: every consumer answers as a linear search
// does, and the path told from the archetype is the one the consumer took.
RC_GTEST_PROP(consumer_pairs, every_consumer_answers_as_a_linear_search, (const std::vector<value>& given, value v)) {
  const bool present = std::find(given.begin(), given.end(), v) != given.end();
  auto check = [&](consumer_pairs& pairs, const std::string& consumer, bool prefers_contains) {
    for (const char* archetype_name :
         {"forward_sized_contains", "input", "forward_sized", "random_access_sized_indexed"}) {
      instruments with;
      auto x = pairs.build("consumer::" + consumer + " on " + archetype_name, with, given);
      const signal answer = x->contains(v);
      RC_ASSERT(answer.kind == signal_kind::item);
      RC_ASSERT((answer.item == 1) == present);
      const bool by_contains = prefers_contains && std::string(archetype_name) == "forward_sized_contains";
      RC_ASSERT(with.events.path() == (by_contains ? membership_path::contains : membership_path::iterate));
    }
  };
  consumer_pairs by_reference(reference_consumer{});
  consumer_pairs by_find(std_ranges_find{});
  consumer_pairs by_any_of(std_ranges_any_of{});
  consumer_pairs by_count(std_ranges_count{});
  check(by_reference, "reference", true);
  check(by_find, "std::ranges::find", false);
  check(by_any_of, "std::ranges::any_of", false);
  check(by_count, "std::ranges::count", false);
}

}  // namespace
}  // namespace iterconf

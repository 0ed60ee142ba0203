// Registering a membership consumer over the archetypes it can take, one subject per pair:
// "consumer::<consumer> on <archetype>".
#pragma once

#include <string>

#include "consumers/archetypes.hpp"
#include "iterconf/adapt/register.hpp"

namespace iterconf::consumers {

/// What a subject over archetype S declares: every archetype records its events and honours
/// `raises_at`; the input archetype also produces each element only when asked (lazy, with no
/// look-ahead), and is single-pass by design: its begin() continues the one iteration. An indexed
/// archetype's at() throws std::out_of_range past the end: it checks its bounds.
inline subject_traits traits_of(shape s, std::string_view consumer) {
  return {.lazy = s.category == walk::input,
          .probed = true,
          .single_pass = s.category == walk::input,
          .raises = true,
          .at_bounds = s.indexed ? bounds::checked : bounds::detect,
          .description = description_of(s) + ", asked `v in x` through " + std::string(consumer)};
}

/// Registers `consumer` on each archetype of shapes `S...`.
template <shape... S, class Consumer>
void add_pairs(adapt::subject_family& subjects, Consumer consumer) {
  (subjects.add_with_membership("consumer::" + std::string(Consumer::name) + " on " + name_of(S),
                                traits_of(S, Consumer::name),
                                [](const subject_input& in) { return archetype<S>(in); }, consumer),
   ...);
}

/// The archetypes of shapes `S...` that `Consumer` cannot take: `v in x` through it does not
/// compile, which is the compile-time type error (spec/INTERPRETING.md 5.5); no pair registered.
template <class Consumer, shape... S>
inline constexpr bool cannot_take = (!adapt::membership_consumer<Consumer, archetype<S>> && ...);

}  // namespace iterconf::consumers

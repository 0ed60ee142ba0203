// Membership consumers under test that need only the standard library: the reference consumer
// itself, and the std::ranges algorithms people write for `v in x`. Each is a callable
// `(auto& x, value v) -> bool`, constrained by what its algorithm accepts, so that a pair it
// cannot take is a compile-time type error (spec/INTERPRETING.md 5.5), checked where the pairs
// are registered.
#pragma once

#include <algorithm>
#include <ranges>
#include <stdexcept>
#include <string_view>

#include "iterconf/adapt/consumer.hpp"
#include "iterconf/budget.hpp"
#include "iterconf/probe.hpp"

namespace iterconf::consumers {

/// The reference consumer (INTERPRETING.md section 8: own contains, then iteration, then the
/// index walk), run as a consumer under test, so that its path is told from what the archetype
/// recorded, as every other consumer's is: the check of the inference. Its own records (path,
/// contains calls, indices) go to a probe of its own, and it spends a budget of its own.
struct reference_consumer {
  static constexpr std::string_view name = "reference";

  template <class T>
    requires adapt::has_own_membership<T> || adapt::iterable<T>
  bool operator()(T& x, value v) const {
    probe own_events;
    step_budget own_budget(static_cast<std::size_t>(-1));
    const signal answer = adapt::membership(x, v, subject_input{{}, own_events, own_budget, std::nullopt, -1});
    // The subject's exception, turned into a signal by the consumer, travels on as one.
    if (answer.kind == signal_kind::error) throw std::runtime_error(answer.message());
    return answer.kind == signal_kind::item && answer.item == 1;
  }
};

/// `std::ranges::find(x, v) != std::ranges::end(x)`: a generic linear search.
struct std_ranges_find {
  static constexpr std::string_view name = "std::ranges::find";

  template <class R>
    requires requires(R& r, value v) { std::ranges::find(r, v); }
  bool operator()(R& r, value v) const {
    return std::ranges::find(r, v) != std::ranges::end(r);
  }
};

/// `std::ranges::any_of(x, == v)`.
struct std_ranges_any_of {
  static constexpr std::string_view name = "std::ranges::any_of";

  template <class R>
    requires std::ranges::input_range<R>
  bool operator()(R& r, value v) const {
    return std::ranges::any_of(r, [v](const auto& e) { return e == v; });
  }
};

/// `std::ranges::count(x, v) > 0`: answers right, but counts every occurrence, so it never stops
/// at the first match (a realistic breach of [in.fallback.iterate] and [in.partial-consume]).
struct std_ranges_count {
  static constexpr std::string_view name = "std::ranges::count";

  template <class R>
    requires requires(R& r, value v) { std::ranges::count(r, v); }
  bool operator()(R& r, value v) const {
    return std::ranges::count(r, v) > 0;
  }
};

}  // namespace iterconf::consumers

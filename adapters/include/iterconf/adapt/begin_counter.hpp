// A probe for ranges that cannot record their own begin() calls: wraps a range, counts every
// begin() a consumer makes in the `iters` probe, and forwards everything else unchanged.
#pragma once

#include <ranges>
#include <utility>

#include "iterconf/subject.hpp"

namespace iterconf::adapt {

template <std::ranges::input_range R>
class begin_counter {
 public:
  begin_counter(R base, subject_input in) : base_(std::move(base)), in_(in) {}

  auto begin() {
    in_.events.iter_called();
    return std::ranges::begin(base_);
  }
  auto end() { return std::ranges::end(base_); }
  auto size()
    requires std::ranges::sized_range<R>
  {
    return std::ranges::size(base_);
  }
  /// The range's own membership, where it has one ([in.contains-first] must not iterate it).
  /// `key` is a value, or the element a projection builds from one.
  template <class Key>
  bool contains(const Key& key)
    requires requires(R& r) { r.contains(key); }
  {
    return base_.contains(key);
  }
  /// Index access where the range has it; not a begin() of the consumer's, so not counted.
  decltype(auto) operator[](std::size_t i)
    requires std::ranges::random_access_range<R> && std::ranges::sized_range<R>
  {
    return std::ranges::begin(base_)[static_cast<std::ranges::range_difference_t<R>>(i)];
  }

 private:
  R base_;
  subject_input in_;
};

}  // namespace iterconf::adapt

// The consumers that walk a C++ range in ways Python has no word for ([cxx.bidir.reverse],
// [cxx.const.same-sequence]): back from end() with --, through std::reverse_iterator, through
// std::views::reverse, and through std::as_const.
#pragma once

#include <iterator>
#include <memory>
#include <type_traits>
#include <ranges>
#include <utility>
#include <vector>

#include "iterconf/adapt/concepts.hpp"
#include "iterconf/signal.hpp"
#include "iterconf/subject.hpp"

namespace iterconf::adapt {

/// Whether copies of `it` at one dereferenceable position refer to different objects.
template <std::input_or_output_iterator I, class S>
bool stashes(const I& it, const S& end) {
  if constexpr (std::forward_iterator<I> && std::is_lvalue_reference_v<std::iter_reference_t<I>>) {
    if (it == end) return false;
    const I copy = it;
    return std::addressof(*copy) != std::addressof(*it);
  } else {
    return false;
  }
}

/// Appends what one of the C++ walks sees of `r` to `items`, spending `spend()` per item; a type
/// error when `r` cannot be walked that way (an input range backwards, a range without const
/// iteration through as_const).
template <std::ranges::input_range R, class Spend>
signal cxx_walk(R& r, consumer_kind kind, std::vector<value>& items, Spend spend) {
  auto add = [&](auto&& e) {
    spend();
    items.push_back(to_value(e));
  };
  if (kind == consumer_kind::as_const) {
    if constexpr (std::ranges::input_range<const R>) {
      for (auto&& e : std::as_const(r)) add(e);
      return signal::of_end();
    } else {
      return signal::of_type_error("the range has no const iteration");
    }
  }
  if constexpr (std::ranges::bidirectional_range<R>) {
    using I = std::ranges::iterator_t<R>;
    const I first = std::ranges::begin(r);
    if (kind == consumer_kind::backward) {
      for (I it = std::ranges::next(first, std::ranges::end(r)); it != first;) {
        --it;
        add(*it);
      }
      return signal::of_end();
    }
    // std::reverse_iterator (and reverse_view, built on it) dereferences a copy that dies at once:
    // over an iterator that keeps its element inside itself (a stashing iterator, which
    // [iterator.concept.forward]/3 rules out) that reads a destroyed object. Say so instead.
    if (stashes(first, std::ranges::end(r)))
      return signal::of_error("the iterator stashes its element (copies at one position refer to different objects): "
                              "std::reverse_iterator over it would read a destroyed copy");
    if (kind == consumer_kind::reverse_iterator) {
      const std::reverse_iterator<I> to(first);
      for (std::reverse_iterator<I> from(std::ranges::next(first, std::ranges::end(r))); from != to; ++from) add(*from);
      return signal::of_end();
    }
    if (kind == consumer_kind::reverse_view) {
      // Through ref_view: a move-only view is reversed where it stands, not copied.
      for (auto&& e : std::views::reverse(std::ranges::ref_view(r))) add(e);
      return signal::of_end();
    }
    return signal::of_type_error("not a C++ walk");
  } else {
    return signal::of_type_error("the range is not bidirectional: it cannot be walked backwards");
  }
}

}  // namespace iterconf::adapt

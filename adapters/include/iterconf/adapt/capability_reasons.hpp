// Why a capability was not detected: the first requirement of its concept that the type fails,
// in words a library author can act on (`iterconf list subjects` prints them). The standard's
// concepts answer only yes or no; these walk the same requirements one at a time.
#pragma once

#include <concepts>
#include <iterator>
#include <memory>
#include <ranges>
#include <string>
#include <utility>
#include <vector>

#include "iterconf/adapt/concepts.hpp"
#include "iterconf/adapt/iterator_operations.hpp"
#include "iterconf/adapt/legacy_range.hpp"
#include "iterconf/capability.hpp"
#include "iterconf/traits.hpp"

namespace iterconf::adapt {

namespace reasons {

/// Why begin()/end() of T make no input range.
template <class T>
std::string not_a_range() {
  if constexpr (!requires(T& t) { t.begin(); } && !requires(T& t) { begin(t); })
    return "no begin(): not a range";
  else if constexpr (!requires(T& t) { std::ranges::begin(t); })
    return "begin() gives no C++20 iterator (std::input_or_output_iterator: it needs a difference_type, "
           "a prefix ++ returning the iterator, and *)";
  else {
    using I = decltype(std::ranges::begin(std::declval<T&>()));
    if constexpr (!std::indirectly_readable<I>)
      return "its iterator is not std::indirectly_readable (value_type, and * of a const iterator)";
    else if constexpr (!std::input_iterator<I>)
      return "its iterator is not a std::input_iterator (its iterator_concept or iterator_category "
             "is not derived from std::input_iterator_tag)";
    else if constexpr (!requires(T& t) { std::ranges::end(t); })
      return "end() is not a sentinel for begin() (std::sentinel_for: semiregular, and it == end)";
    else
      return "not a std::ranges::input_range";
  }
}

/// Why iterator I is not of the next stronger category (the first requirement it fails).
template <class I>
std::string not_forward() {
  if constexpr (!std::incrementable<I>)
    return "its iterator is not std::incrementable (default-constructible, ==, and it++ returning a copy)";
  else if constexpr (!std::sentinel_for<I, I>)
    return "its iterators do not compare with each other (std::sentinel_for<I, I>)";
  else
    return "its iterator_concept (or iterator_category) is not derived from std::forward_iterator_tag";
}

template <class I>
std::string not_bidirectional() {
  if constexpr (!requires(I i) {
                  { --i } -> std::same_as<I&>;
                  { i-- } -> std::same_as<I>;
                })
    return "its iterator has no --it returning I& and it-- returning a copy";
  else
    return "its iterator_concept (or iterator_category) is not derived from std::bidirectional_iterator_tag";
}

template <class I>
std::string not_random_access() {
  if constexpr (!std::totally_ordered<I>)
    return "its iterators are not std::totally_ordered (<, <=, >, >=)";
  else if constexpr (!std::sized_sentinel_for<I, I>)
    return "it - it does not give the distance (std::sized_sentinel_for<I, I>)";
  else if constexpr (!requires(I i, const I j, const std::iter_difference_t<I> n) {
                       { i += n } -> std::same_as<I&>;
                       { j + n } -> std::same_as<I>;
                       { n + j } -> std::same_as<I>;
                       { i -= n } -> std::same_as<I&>;
                       { j - n } -> std::same_as<I>;
                       { j[n] } -> std::same_as<std::iter_reference_t<I>>;
                     })
    return "its iterator lacks one of it += n, it + n, n + it, it -= n, it - n, it[n] with the required types";
  else
    return "its iterator_concept (or iterator_category) is not derived from std::random_access_iterator_tag";
}

template <class I>
std::string not_contiguous() {
  if constexpr (!std::is_lvalue_reference_v<std::iter_reference_t<I>>)
    return "*it is no lvalue reference";
  else if constexpr (!std::is_pointer_v<I> && !requires(const I& i) { i.operator->(); } &&
                     !requires(const I& i) { std::pointer_traits<I>::to_address(i); })
    return "std::to_address(it) does not work on its iterator (no operator->, no pointer_traits<I>::to_address)";
  else
    return "its iterator_concept is not derived from std::contiguous_iterator_tag (only iterator_concept "
           "can say contiguous)";
}

/// The category reasons, about the iterator a C++20 range of T has.
template <class T>
std::string category(capability c) {
  if constexpr (std::ranges::input_range<T>) {
    using I = std::ranges::iterator_t<T>;
    switch (c) {
      case capability::forward: return not_forward<I>();
      case capability::bidirectional:
        if constexpr (std::forward_iterator<I>) return not_bidirectional<I>();
        else return "not forward, so not bidirectional";
      case capability::random_access:
        if constexpr (std::bidirectional_iterator<I>) return not_random_access<I>();
        else return "not bidirectional, so not random-access";
      case capability::contiguous:
        if constexpr (std::random_access_iterator<I>) return not_contiguous<I>();
        else return "not random-access, so not contiguous";
      default: break;
    }
  }
  return "";
}

}  // namespace reasons

/// For each capability T under `traits` lacks (`has`), why: the requirement that failed, the
/// declaration that decided it, or how it follows from the others.
template <class T>
std::vector<std::pair<capability, std::string>> missing_capability_reasons(const subject_traits& traits,
                                                                           const capability_set& has) {
  const bool single_pass = traits.single_pass || traits.generator;
  auto why = [&](capability c) -> std::string {
    if (info(c).source == capability_source::declared) return "not declared: " + std::string(info(c).meaning);
    if constexpr (is_legacy_range<T>) {
      // The bridge claims at most what the original's iterator_category says, and no more than
      // bidirectional: its C++17 iterators are no C++20 evidence of the rest.
      if (c == capability::forward || c == capability::bidirectional || c == capability::random_access ||
          c == capability::contiguous)
        return "a C++17 iterable, not a C++20 range (" + reasons::not_a_range<typename T::original>() +
               "), driven through its own iterators, whose declared category is all iterconf takes (at most "
               "bidirectional)";
    }
    switch (c) {
      case capability::range:
      case capability::input:
        if constexpr (!std::ranges::input_range<T>) return reasons::not_a_range<T>();
        break;
      case capability::forward:
      case capability::bidirectional:
      case capability::random_access:
      case capability::contiguous:
        if (single_pass) return "declared single-pass (or a generator): the multi-pass guarantees are not checked";
        if constexpr (!std::ranges::input_range<T>) return "not a range";
        else return reasons::category<T>(c);
      case capability::sized: return "no size() (std::ranges::size), and end() - begin() is not a sized sentinel";
      case capability::common: return "end() returns a sentinel of another type than begin()'s iterator";
      case capability::borrowed:
        return "not a std::ranges::borrowed_range: its iterators may not outlive it (an lvalue-only view)";
      case capability::contains:
        if constexpr (has_own_membership<T>) return "declared .contains_is_membership = false";
        else return "no member contains(v) or find(v) taking the element";
      case capability::getitem:
        if constexpr (keyed<T>) return "keyed (it has a key_type): at()/[] look a key up";
        else if constexpr (indexable<T>) return "declared .positional = false";
        else return "no at(i) or operator[](i) over positions";
      case capability::next_style: return "no hasNext()/next(), and no next() returning an optional";
      case capability::iterable: return "no begin()/end(), no next(), no positional index access";
      case capability::container:
        if (has.has(capability::iterator)) return "it is its own iterator (single-pass, a generator, or next-style)";
        if constexpr (std::ranges::input_range<T>)
          return "an input range declared neither .single_pass nor .reiterable: what a second begin() does is "
                 "unspecified ([range.range])";
        return "not iterable";
      case capability::iterator:
        if (has.has(capability::container)) return "a container: every iter() starts afresh";
        if constexpr (std::ranges::input_range<T>)
          return "an input range declared neither .single_pass nor .reiterable: what a second begin() does is "
                 "unspecified ([range.range])";
        return "not iterable";
      case capability::writable:
        if (single_pass) return "declared single-pass: writes are checked where a later pass can read them";
        return "*it = v does not compile for its value type (std::indirectly_writable, std::ranges::output_range), "
               "or the harness's values do not convert to it";
      case capability::sized_sentinel: return "end() - begin() does not give the distance (std::sized_sentinel_for)";
      case capability::const_iterable: return "a const object is not a range (no const begin()/end())";
      case capability::arrow:
        if constexpr (std::ranges::input_range<T>)
          if constexpr (!std::is_lvalue_reference_v<std::ranges::range_reference_t<T>>)
            return "*it is no lvalue reference, so no it-> can point at the element";
        return "its iterator has no operator->";
      case capability::lvalue_reference: return "*it returns a value (a prvalue or a proxy), not an lvalue reference";
      default: break;
    }
    return std::string(info(c).meaning) + ": not detected";
  };
  // Said once, where it is news: a declared trait's absence is its default; of a chain of
  // categories only the first missing one (the rest follow); a role only when neither holds.
  auto worth_saying = [&](capability c) {
    switch (c) {
      case capability::finite:
      case capability::infinite: return false;  // one of the two always holds
      case capability::next_style: return !has.has(capability::range);
      case capability::bidirectional: return has.has(capability::forward);
      case capability::random_access: return has.has(capability::bidirectional);
      case capability::contiguous: return has.has(capability::random_access);
      case capability::container:
      case capability::iterator: return !has.has(capability::container) && !has.has(capability::iterator);
      case capability::arrow: return has.has(capability::lvalue_reference);
      default: return info(c).source != capability_source::declared;
    }
  };
  std::vector<std::pair<capability, std::string>> out;
  for (std::size_t i = 0; i < static_cast<std::size_t>(capability::count_); ++i) {
    const auto c = static_cast<capability>(i);
    if (!has.has(c) && worth_saying(c)) out.emplace_back(c, why(c));
  }
  return out;
}

}  // namespace iterconf::adapt

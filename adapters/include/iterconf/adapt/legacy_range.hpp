// Types a range-based for can walk that are no std::ranges::input_range: C++17-style iterators
// without difference_type, or not default-constructible, or with a postfix ++ returning void
// (LLVM's ADT, many pre-C++20 libraries). Classified by the C++20 concepts alone they would look
// "not iterable", and the not-iterable rules would PASS on a type that is misread. Instead the
// object is wrapped in a range whose iterator drives the original through the same *, ++ and ==
// a range-based for uses, claiming only the category the original's iterator_traits declare.
#pragma once

#include <concepts>
#include <cstddef>
#include <iterator>
#include <optional>
#include <ranges>
#include <type_traits>
#include <utility>

#include "iterconf/adapt/concepts.hpp"
#include "iterconf/adapt/range_for_lookup.hpp"

namespace iterconf::adapt {

namespace detail {

/// The category a legacy iterator declares: its member iterator_category (C++17 iterators often
/// have no difference_type, so std::iterator_traits of C++20 tells nothing), else its traits'.
template <class L>
struct declared_category {
  using type = void;
};
template <class L>
  requires(!requires { typename L::iterator_category; } &&
           requires { typename std::iterator_traits<L>::iterator_category; })
struct declared_category<L> {
  using type = typename std::iterator_traits<L>::iterator_category;
};
template <class L>
  requires requires { typename L::iterator_category; }
struct declared_category<L> {
  using type = typename L::iterator_category;
};

/// The category the bridge claims: the declared one, at most bidirectional; input when none is.
template <class L, class Declared = typename declared_category<L>::type>
using bridged_category = std::conditional_t<
    std::derived_from<Declared, std::bidirectional_iterator_tag> && requires(L l) { --l; },
    std::bidirectional_iterator_tag,
    std::conditional_t<std::derived_from<Declared, std::forward_iterator_tag>, std::forward_iterator_tag,
                       std::input_iterator_tag>>;

}  // namespace detail

/// What a range-based for can walk: begin and end of one type, *, prefix ++ and !=.
template <class T>
concept legacy_iterable = !std::ranges::input_range<T> && requires(T& t) {
  detail::legacy_begin(t);
  detail::legacy_end(t);
  requires std::same_as<decltype(detail::legacy_begin(t)), decltype(detail::legacy_end(t))>;
  requires std::copy_constructible<decltype(detail::legacy_begin(t))>;
  *detail::legacy_begin(t);
  ++std::declval<decltype(detail::legacy_begin(t))&>();
  { detail::legacy_begin(t) != detail::legacy_end(t) } -> std::convertible_to<bool>;
};

/// Owns a legacy-iterable T and is a C++20 range over it: the iterator holds the original one and
/// forwards *, ++, -- and ==. Size, membership and index access are forwarded where T has them.
template <legacy_iterable T>
class legacy_range {
  using L = decltype(detail::legacy_begin(std::declval<T&>()));

 public:
  using original = T;  // the type registered
  class iterator {
   public:
    using iterator_concept = detail::bridged_category<L>;
    using iterator_category = iterator_concept;
    using value_type = std::remove_cvref_t<decltype(*std::declval<L&>())>;
    using difference_type = std::ptrdiff_t;
    // A range-based for dereferences a non-const iterator, and some libraries' * is non-const
    // (simdjson's On-Demand array_iterator): the bridge's const * calls it on its own copy.
    using reference = decltype(*std::declval<L&>());

    iterator() = default;  // a value-initialized bridge holds no iterator; two of them are equal
    explicit iterator(L it) : it_(std::move(it)) {}
    iterator(const iterator& o) : it_(o.it_) {}
    iterator& operator=(const iterator& o) {
      if (this != &o) {
        it_.reset();
        if (o.it_) it_.emplace(*o.it_);  // a legacy iterator need not be assignable
      }
      return *this;
    }

    reference operator*() const { return **it_; }
    iterator& operator++() {
      ++*it_;
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++*it_;
      return old;
    }
    iterator& operator--()
      requires std::same_as<iterator_concept, std::bidirectional_iterator_tag>
    {
      --*it_;
      return *this;
    }
    iterator operator--(int)
      requires std::same_as<iterator_concept, std::bidirectional_iterator_tag>
    {
      iterator old = *this;
      --*it_;
      return old;
    }
    // Written with != as a range-based for compares, so a type with only != is driven as its users drive it.
    friend bool operator==(const iterator& a, const iterator& b) {
      if (!a.it_ || !b.it_) return a.it_.has_value() == b.it_.has_value();
      return !(*a.it_ != *b.it_);
    }

   private:
    mutable std::optional<L> it_;
  };

  /// Holds what `make()` returns, built in place (the type need not be movable).
  template <class Make>
  legacy_range(std::in_place_t, Make&& make) : object_(std::forward<Make>(make)()) {}

  iterator begin() { return iterator(detail::legacy_begin(object_)); }
  iterator end() { return iterator(detail::legacy_end(object_)); }

  auto size()
    requires requires(T& t) { t.size(); }
  {
    return object_.size();
  }
  /// `key` is what a membership test asks T with: a value, or the element a projection builds.
  template <class Key>
  bool contains(const Key& key)
    requires requires(T& t) { t.contains(key); } || requires(T& t) { t.find(key) != t.end(); }
  {
    if constexpr (requires(T& t) { t.contains(key); }) return object_.contains(key);
    else return object_.find(key) != object_.end();
  }
  decltype(auto) at(std::size_t i)
    requires has_at<T>
  {
    return object_.at(i);
  }
  decltype(auto) operator[](std::size_t i)
    requires has_subscript<T>
  {
    return object_[i];
  }

 private:
  T object_;
};

/// Whether T is the bridge of a C++17 iterable (its capabilities are the bridge's).
template <class T>
inline constexpr bool is_legacy_range = false;
template <class T>
inline constexpr bool is_legacy_range<legacy_range<T>> = true;

}  // namespace iterconf::adapt

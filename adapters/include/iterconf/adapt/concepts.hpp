// The C++ iteration styles iterconf recognises, as concepts (spec/INTERPRETING.md).
#pragma once

#include <concepts>
#include <cstddef>
#include <optional>
#include <ranges>
#include <type_traits>

#include "iterconf/adapt/projection.hpp"
#include "iterconf/value.hpp"

namespace iterconf::adapt {

/// Java-style: `hasNext()` then `next()`.
template <class T>
concept java_style = requires(T& t) {
  { t.hasNext() } -> std::convertible_to<bool>;
  t.next();
};

/// `next()` returning an optional: an engaged value is an item, nullopt is the end.
template <class T>
concept optional_next = !java_style<T> && requires(T& t) {
  { static_cast<bool>(t.next()) };
  { *t.next() };
  typename std::remove_cvref_t<decltype(t.next())>::value_type;
};

/// An object that is its own iterator through a next() method.
template <class T>
concept next_style = java_style<T> || optional_next<T>;

/// A keyed container (std::map, std::unordered_map, flat maps): its `at(k)` looks a key up, so it
/// is never taken for positional index access, whatever k converts from.
template <class T>
concept keyed = requires { typename T::key_type; };

/// Index access where `at()` throwing the index error (std::out_of_range unless the registration
/// names another type) is the index error.
template <class T>
concept has_at = !keyed<T> && requires(T& t, std::size_t i) { t.at(i); };

/// Index access through `operator[]` below `size()`.
template <class T>
concept has_subscript = !keyed<T> && requires(T& t, std::size_t i) {
  t[i];
  { t.size() } -> std::convertible_to<std::size_t>;
};

template <class T>
concept indexable = has_at<T> || has_subscript<T>;

/// Anything iter() works on.
template <class T>
concept iterable = std::ranges::input_range<T> || next_style<T> || indexable<T>;

/// The element type a subject yields, for any style.
template <class T>
struct element_of {
  using type = void;
};
template <std::ranges::input_range T>
struct element_of<T> {
  using type = std::ranges::range_value_t<T>;
};
template <class T>
  requires(!std::ranges::input_range<T> && java_style<T>)
struct element_of<T> {
  using type = std::remove_cvref_t<decltype(std::declval<T&>().next())>;
};
template <class T>
  requires(!std::ranges::input_range<T> && optional_next<T>)
struct element_of<T> {
  using type = typename std::remove_cvref_t<decltype(std::declval<T&>().next())>::value_type;
};
template <class T>
  requires(!std::ranges::input_range<T> && !next_style<T> && has_at<T>)
struct element_of<T> {
  using type = std::remove_cvref_t<decltype(std::declval<T&>().at(std::size_t{}))>;
};
template <class T>
  requires(!std::ranges::input_range<T> && !next_style<T> && !has_at<T> && has_subscript<T>)
struct element_of<T> {
  using type = std::remove_cvref_t<decltype(std::declval<T&>()[std::size_t{}])>;
};

template <class T>
using element_t = typename element_of<T>::type;

/// What a membership test passes to the subject's own contains/find for the value `v`: the
/// element the projection builds from it (element_projection::from_value), else `v` itself.
template <class T, class E = element_t<T>>
auto lookup_key(value v) {
  if constexpr (!std::is_void_v<E> && projected_both_ways<E>) {
    return from_value<E>(v);
  } else {
    return v;
  }
}

/// A member `contains(v)`: [in.contains-first].
template <class T>
concept has_contains = requires(T& t, value v) {
  { t.contains(lookup_key<T>(v)) } -> std::convertible_to<bool>;
};

/// A member `find(v)` compared with `end()`, as the associative containers before C++20.
template <class T>
concept has_find = requires(T& t, value v) {
  { t.find(lookup_key<T>(v)) != t.end() } -> std::convertible_to<bool>;
};

template <class T>
concept has_own_membership = has_contains<T> || has_find<T>;

}  // namespace iterconf::adapt

// How an element of a subject becomes an iterconf::value, and a value an element: the
// customisation point for element types that are not integers (docs/adapter-guide.md,
// "Elements that are not integers"). The subject itself is driven unchanged: its own at(),
// contains, size() and iterator category stay what is under test, unlike a views::transform
// over it.
#pragma once

#include <concepts>
#include <type_traits>

#include "iterconf/value.hpp"

namespace iterconf {

/// Specialise for an element type E that does not convert to iterconf::value:
///
///   template <> struct iterconf::element_projection<std::string> {
///     static iterconf::value to_value(const std::string& s) { return std::stoll(s); }
///     static std::string from_value(iterconf::value v) { return std::to_string(v); }  // optional
///   };
///
/// `to_value` is how iterconf reads an element (a `next()`, a loop, an `at()`); `from_value`, when
/// given, builds the element that stands for a value: the argument of the subject's own
/// `contains`/`find`, and what a write stores. Specialise it for the type the iterator's `*`
/// returns when that is a proxy (a reference object, not a reference).
template <class E>
struct element_projection;

namespace adapt {

/// E has a specialised element_projection with to_value.
template <class E>
concept projected_element = requires(const E& e) {
  { element_projection<std::remove_cvref_t<E>>::to_value(e) } -> std::convertible_to<value>;
};

/// E's projection also builds an element from a value.
template <class E>
concept projected_both_ways = projected_element<E> && requires(value v) {
  element_projection<std::remove_cvref_t<E>>::from_value(v);
};

/// What iterconf can read as a value: a projected element, or one that converts.
template <class E>
concept readable_element = projected_element<E> || requires(const std::remove_cvref_t<E>& e) { static_cast<value>(e); };

/// An element as the harness sees it.
template <class E>
value to_value(const E& e) {
  if constexpr (projected_element<E>) {
    return static_cast<value>(element_projection<std::remove_cvref_t<E>>::to_value(e));
  } else {
    static_assert(readable_element<E>,
                  "iterconf: this element type does not convert to iterconf::value: specialise "
                  "iterconf::element_projection for it (docs/adapter-guide.md, \"Elements that are not integers\")");
    return static_cast<value>(e);
  }
}

/// The element of type E that stands for `v`: the projection's from_value, else a conversion.
template <class E>
  requires projected_both_ways<E> || (!projected_element<E> && requires(value v) { static_cast<E>(v); })
E from_value(value v) {
  if constexpr (projected_both_ways<E>) {
    return element_projection<std::remove_cvref_t<E>>::from_value(v);
  } else {
    return static_cast<E>(v);
  }
}

/// A value can stand for an element of type E (for membership through the subject's own
/// contains, and for writes).
template <class E>
concept buildable_element = requires(value v) { from_value<E>(v); };

}  // namespace adapt
}  // namespace iterconf

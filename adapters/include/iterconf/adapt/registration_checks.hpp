// What a registration must get right, checked where it is written: each check is a sentence
// saying what is wrong and what to do, so that the first error a compiler prints about a bad
// `subjects.add(...)` is the registration's own, not an instantiation deep in an adapter.
#pragma once

#include <concepts>
#include <ranges>
#include <type_traits>

#include "iterconf/adapt/concepts.hpp"
#include "iterconf/subject.hpp"

namespace iterconf::adapt {

/// A factory iterconf can call: `factory(const subject_input&)`.
template <class Factory>
concept callable_factory = std::invocable<Factory&, const subject_input&>;

/// What a callable factory returns.
template <class Factory>
using factory_result_t = std::invoke_result_t<Factory&, const subject_input&>;

/// Every element iterconf reads from T converts to iterconf::value, or has a projection.
template <class T>
constexpr bool elements_readable() {
  if constexpr (std::ranges::input_range<T>) return readable_element<std::ranges::range_reference_t<T>>;
  else if constexpr (!std::is_void_v<element_t<T>>) return readable_element<element_t<T>>;
  else return true;  // contains-only, or not iterable at all: no element is read
}

}  // namespace iterconf::adapt

// The messages are macros because static_assert takes only a string literal.
#define ITERCONF_FACTORY_SIGNATURE_MESSAGE                                                           \
  "iterconf: the factory must be callable as factory(const iterconf::subject_input&): take the "      \
  "case's input as `const iterconf::subject_input& in` and build the subject from in.given "          \
  "(docs/adapter-guide.md, section 2)"
#define ITERCONF_FACTORY_RESULT_MESSAGE                                                              \
  "iterconf: the factory returns void: it must return the subject object it builds "                  \
  "(docs/adapter-guide.md, section 2)"
#define ITERCONF_ELEMENT_MESSAGE                                                                     \
  "iterconf: the subject's element type does not convert to iterconf::value: specialise "             \
  "iterconf::element_projection<E> for its element type E (or for the proxy its iterator's * returns; "  \
  "the subject type is T above) (docs/adapter-guide.md, \"Elements that are not integers\")"

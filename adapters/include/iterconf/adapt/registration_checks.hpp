// What a registration must get right, checked where it is written: a bad `subjects.add(...)` picks
// a deleted overload whose last parameter's type is the sentence saying what is wrong, so the first
// error a compiler prints is at the registration's own line and says what to do ("use of deleted
// function ... registration_error::the_factory_returns_void..."), not an instantiation deep in an
// adapter. The static_asserts with the same sentences stay for calls that bypass the overloads.
#pragma once

#include <concepts>
#include <ranges>
#include <type_traits>

#include "iterconf/adapt/concepts.hpp"
#include "iterconf/adapt/legacy_range.hpp"
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

/// The type iterconf drives for what a factory returns: the object itself, or for a type a
/// range-based for walks though it is no C++20 range, its classic iterators (legacy_range.hpp).
template <class Made>
struct driven_type {
  using type = Made;
};
template <class Made>
  requires legacy_iterable<Made>
struct driven_type<Made> {
  using type = legacy_range<Made>;
};
template <class Made>
using driven_type_t = typename driven_type<Made>::type;

/// What is wrong with registering `Factory`, if anything; each problem has its tag below.
enum class registration_problem { none, factory_signature, factory_returns_void, element_does_not_convert };

template <class Factory>
constexpr registration_problem registration_problem_of() {
  if constexpr (!callable_factory<Factory>) return registration_problem::factory_signature;
  else if constexpr (std::is_void_v<factory_result_t<Factory>>) return registration_problem::factory_returns_void;
  else if constexpr (!elements_readable<driven_type_t<std::remove_cvref_t<factory_result_t<Factory>>>>())
    return registration_problem::element_does_not_convert;
  else return registration_problem::none;
}

template <class Factory, registration_problem P>
concept registration_has = registration_problem_of<Factory>() == P;

}  // namespace iterconf::adapt

/// The sentences of the compile errors, as the types of the deleted overloads' last parameter.
namespace iterconf::registration_error {
/// Take the case's input as `const iterconf::subject_input& in` and build the subject from
/// in.given (docs/adapter-guide.md, section 2).
struct the_factory_must_be_callable_as_factory_of_const_iterconf_subject_input_ref {};
/// The factory must return the subject object it builds (docs/adapter-guide.md, section 2).
struct the_factory_returns_void_but_must_return_the_subject_it_builds {};
/// Specialise iterconf::element_projection<E> for the element type E, or for the proxy the
/// iterator's * returns (docs/adapter-guide.md, "Elements that are not integers").
struct the_element_type_does_not_convert_to_iterconf_value_so_specialise_iterconf_element_projection_for_it {};
}  // namespace iterconf::registration_error

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

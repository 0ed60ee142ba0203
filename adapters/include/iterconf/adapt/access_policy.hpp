// What iterconf may do with a subject's own access, its index access and its contains, decided
// once at registration from its type and its declared traits (at_bounds, index_error, positional,
// contains_is_membership): no at(i) is ever called where the type's precondition forbids it
// ([index.iter-walk] is checked only where that is defined), and no contains that answers
// another question stands for `in`.
#pragma once

#include <array>
#include <cstddef>
#include <deque>
#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "iterconf/adapt/concepts.hpp"
#include "iterconf/traits.hpp"

namespace iterconf::adapt {

/// The resolved access policy of one subject.
struct access_policy {
  /// at()/operator[] index positions; false for keyed access: no index access is used.
  bool positional = true;
  /// at(i) may be called at or past size() and throws the index error there.
  bool at_checked = true;
  /// A type with operator[] and no at() declared `.at_bounds = bounds::checked`: its operator[]
  /// has no precondition i < size() (yaml-cpp's Node), so it is called at and past size() too,
  /// where it must give the index error. Otherwise operator[] is called only below size().
  bool subscript_past_size = false;
  /// The index error, when it is not std::out_of_range.
  index_error_test index_error = nullptr;
  /// The type's own contains/find answers `v in x`; false when it answers something else (a json
  /// object's contains(key)): membership then takes the fallbacks.
  bool own_membership = true;
  /// Every begin() of an input range gives an iterator independent of the ones before (declared
  /// re-iterable): none of them goes stale when another begin() is called.
  bool independent_begins = false;

  /// Whether `thrown` (from at()) is the subject's index error.
  [[nodiscard]] bool is_index_error(const std::exception_ptr& thrown) const {
    return index_error != nullptr ? index_error(thrown) : iterconf::detail::exception_is<std::out_of_range>(thrown);
  }
};

namespace detail {

/// The std containers whose at() is specified to throw std::out_of_range for i >= size().
template <class T>
inline constexpr bool std_checked_at = false;
template <class E, class A>
inline constexpr bool std_checked_at<std::vector<E, A>> = true;
template <class E, class A>
inline constexpr bool std_checked_at<std::deque<E, A>> = true;
template <class E, std::size_t N>
inline constexpr bool std_checked_at<std::array<E, N>> = true;
template <class C, class Tr, class A>
inline constexpr bool std_checked_at<std::basic_string<C, Tr, A>> = true;
template <class C, class Tr>
inline constexpr bool std_checked_at<std::basic_string_view<C, Tr>> = true;

}  // namespace detail

/// T has at() and a size() that bounds it.
template <class T>
concept sized_at = has_at<T> && requires(T& t) {
  { t.size() } -> std::convertible_to<std::size_t>;
};

/// Whether at(i) past size() is known to throw without a declaration: a std container, or a type
/// with at() but no size(), whose only end is the index error (the index-only style).
template <class T>
constexpr bool at_checked_by_type() {
  if constexpr (!has_at<T>) return true;  // operator[] is only ever called below size()
  else if constexpr (!sized_at<T>) return true;
  else return detail::std_checked_at<T>;
}

/// The policy of T under its traits.
template <class T>
access_policy resolve_access_policy(const subject_traits& traits) {
  access_policy p;
  p.positional = traits.positional;
  p.own_membership = traits.contains_is_membership;
  p.independent_begins = traits.reiterable;
  p.index_error = traits.index_error;
  switch (traits.at_bounds) {
    case bounds::checked:
      p.at_checked = true;
      p.subscript_past_size = !has_at<T>;
      break;
    case bounds::unchecked: p.at_checked = !has_at<T>; break;
    case bounds::detect: p.at_checked = at_checked_by_type<T>(); break;
  }
  return p;
}

/// Thrown instead of calling at(i) where its precondition forbids it: the planner keeps such
/// cases from running, so this only guards against undefined behaviour in the subject.
class index_refused : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

}  // namespace iterconf::adapt

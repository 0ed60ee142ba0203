// What a subject's registration declares about it: what concepts cannot detect.
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "iterconf/value.hpp"

namespace iterconf {

/// How the sequence a subject yields relates to the values it was built from (case-format.md).
/// `insertion` is the values without duplicates, each where it first occurred (a Python dict's
/// keys, an insertion-ordered set).
enum class order { as_given, sorted, sorted_unique, unique, unordered, counting, cycling, insertion };

std::string_view name_of(order o);
[[nodiscard]] bool is_infinite(order o);
[[nodiscard]] bool is_ordered(order o);

/// Decides whether a subject can represent some values; returns the reason when it cannot. Empty,
/// it admits every list of values. It says what it admits in listings (`description`).
class domain_check {
 public:
  using test = std::function<std::optional<std::string>(std::span<const value>)>;

  domain_check() = default;
  /// A domain of the registration's own: any callable `(std::span<const value>) ->
  /// std::optional<std::string>`, with a description for listings.
  template <class F>
    requires(!std::is_same_v<std::decay_t<F>, domain_check> && std::is_constructible_v<test, F>)
  domain_check(F check, std::string description = "a domain of the registration's own")  // NOLINT: implicit, as a lambda is written
      : check_(std::move(check)), description_(std::move(description)) {}

  std::optional<std::string> operator()(std::span<const value> values) const { return check_(values); }
  explicit operator bool() const { return static_cast<bool>(check_); }
  /// "any values", "at most 4 values", "values in [-128, 127]", ...
  [[nodiscard]] const std::string& description() const { return check_ ? description_ : any_; }

 private:
  inline static const std::string any_ = "any values";
  test check_;
  std::string description_;
};

/// Ready-made domains for the common limits.
namespace domain {
/// Values must fit in [lo, hi] (a std::string holds chars).
domain_check within(value lo, value hi);
/// At most `n` values (a fixed-capacity container).
domain_check at_most(std::size_t n);
/// Exactly `n` values (a fixed-size type: std::array<T, n>, Eigen::Vector4i).
domain_check exactly(std::size_t n);
/// Consecutive ascending integers (a counting range such as the seed's yrange).
domain_check consecutive();
/// Values every one of `parts` admits (a fixed capacity of ints: at_most(64) and within(...)).
domain_check all_of(std::vector<domain_check> parts);
}  // namespace domain

/// Values shaped to fit a domain, for generated inputs: the values as they are, else made
/// consecutive, bits (0/1) or non-negative, at their length and then cut or extended to each
/// length up to 8 (for a fixed size or a capacity); nullopt when no shape fits. (A domain is a
/// predicate, so these are the shapes subjects ask for.)
std::optional<std::vector<value>> shaped_for_domain(const domain_check& domain, std::vector<value> given);

/// What the subject's `at(i)` does at or past `size()` (docs/adapter-guide.md, "Index access").
enum class bounds {
  /// Not declared: the std containers and a type with `at()` but no `size()` (whose only end is
  /// the index error) count as checked, any other sized type as unchecked.
  detect,
  /// `at(i)` throws the index error for every `i >= size()`: iterconf may call it there. A type
  /// with `operator[]` and no `at()`: its `operator[]` has no precondition `i < size()`
  /// (yaml-cpp's Node), so iterconf calls it there too, and it must throw the index error.
  checked,
  /// `i < size()` is a precondition of `at(i)` (QList::at): iterconf never calls it at or past
  /// `size()`, and the cases that need it are UNSUPPORTED.
  unchecked,
};

/// Tells whether an exception a subject threw from `at()` is its index error.
using index_error_test = bool (*)(const std::exception_ptr&);

namespace detail {
template <class E>
bool exception_is(const std::exception_ptr& thrown) {
  try {
    std::rethrow_exception(thrown);
  } catch (const E&) {
    return true;
  } catch (...) {
    return false;
  }
}
}  // namespace detail

/// The index error is an `E` (nlohmann::json::out_of_range derives from std::exception only):
/// `.index_error = iterconf::index_error_is<nlohmann::json::out_of_range>`.
template <class E>
inline constexpr index_error_test index_error_is = &detail::exception_is<E>;

/// The traits a subject's registration declares (everything else is detected from its type).
struct subject_traits {
  order sequence = order::as_given;
  /// Produces values only on demand, at most `lookahead` beyond what was asked for.
  bool lazy = false;
  std::size_t lookahead = 0;
  /// Records probe events (started, produced, finished, iters) in the subject_input's probe.
  bool probed = false;
  /// A generator: lazy, single-pass, finished after it raised.
  bool generator = false;
  /// Single-pass by design even if its iterator type claims to be forward.
  bool single_pass = false;
  /// An input range whose every begin() starts the sequence again, independent of the last (a
  /// json's items(), whose iterator is its own proxy reference): a container, though
  /// input-tagged. Without it (and without single_pass) an input range has no role: C++ leaves a
  /// second begin() unspecified and no case that calls it twice is judged.
  bool reiterable = false;
  /// Honours subject_input::raises_at.
  bool raises = false;
  /// Is iter(callable, sentinel): records every call of the callable.
  bool callable = false;
  /// Whether `at(i)` may be called at or past `size()` (see `bounds`).
  bounds at_bounds = bounds::detect;
  /// The type of the index error `at()` throws, when it is not std::out_of_range.
  index_error_test index_error = nullptr;
  /// `at()`/`operator[]` index the positions 0, 1, ... of the sequence; false for keyed access
  /// (a json object's or a dictionary's `at(key)`): no index access is then detected.
  bool positional = true;
  /// The type's own `contains(v)` / `find(v)` answers `v in x`; false when it answers another
  /// question (a json's contains(key) looks up an object's key, not an element): `in` then
  /// iterates, as for a type without one.
  bool contains_is_membership = true;
  /// Values the subject cannot represent; empty means any.
  domain_check domain = {};
  /// One line for listings: what this subject is.
  std::string description = {};
};

}  // namespace iterconf

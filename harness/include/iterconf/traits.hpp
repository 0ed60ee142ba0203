// What a subject's registration declares about it: what concepts cannot detect.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "iterconf/value.hpp"

namespace iterconf {

/// How the sequence a subject yields relates to the values it was built from (case-format.md).
enum class order { as_given, sorted, sorted_unique, unique, unordered, counting, cycling };

std::string_view name_of(order o);
[[nodiscard]] bool is_infinite(order o);
[[nodiscard]] bool is_ordered(order o);

/// Decides whether a subject can represent some values; returns the reason when it cannot.
using domain_check = std::function<std::optional<std::string>(std::span<const value>)>;

/// Ready-made domains for the common limits.
namespace domain {
/// Values must fit in [lo, hi] (a std::string holds chars).
domain_check within(value lo, value hi);
/// At most `n` values (a fixed-capacity container).
domain_check at_most(std::size_t n);
/// Consecutive ascending integers (a counting range such as the seed's yrange).
domain_check consecutive();
}  // namespace domain

/// Values shaped to fit a domain, for generated inputs: the values as they are, else made
/// consecutive, bits (0/1) or non-negative, at most 8 of them; nullopt when no shape fits.
/// (A domain is a predicate, so these are the shapes subjects ask for.)
std::optional<std::vector<value>> shaped_for_domain(const domain_check& domain, std::vector<value> given);

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
  /// Honours subject_input::raises_at.
  bool raises = false;
  /// Is iter(callable, sentinel): records every call of the callable.
  bool callable = false;
  /// Values the subject cannot represent; empty means any.
  domain_check domain = {};
  /// One line for listings: what this subject is.
  std::string description = {};
};

}  // namespace iterconf

// Capabilities: what a subject can do, detected from its type or declared by its registration.
// Cases require and forbid them; the planner marks a case UNSUPPORTED when they do not match.
#pragma once

#include <bitset>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace iterconf {

enum class capability {
  iterable,
  range,
  next_style,
  input,
  forward,
  bidirectional,
  random_access,
  contiguous,
  sized,
  common,
  borrowed,
  contains,
  getitem,
  container,
  iterator,
  finite,
  infinite,
  ordered,
  as_given,
  lazy,
  probed,
  generator,
  single_pass,
  raises,
  callable,
  writable,
  sized_sentinel,
  const_iterable,
  arrow,
  lvalue_reference,
  count_  // not a capability: the number of them
};

/// Where a subject's capability comes from: its type (a concept) or its registration's traits.
enum class capability_source { detected, declared, derived };

/// The facts of a capability, in one table (capability.cpp).
struct capability_info {
  capability what;
  std::string_view name;     // as case files and reports spell it ("random-access")
  capability_source source;
  std::string_view meaning;  // for `iterconf list capabilities`, one line
};
const capability_info& info(capability c);

/// The spelling used in case files and reports ("random-access").
std::string_view name_of(capability c);
/// The capability spelled `name`, if any.
std::optional<capability> capability_named(std::string_view name);
/// Every capability name, for suggestions and listings.
std::vector<std::string> capability_names();

/// A set of capabilities.
class capability_set {
 public:
  capability_set() = default;
  capability_set(std::initializer_list<capability> cs) {
    for (auto c : cs) add(c);
  }

  void add(capability c) { bits_.set(static_cast<std::size_t>(c)); }
  void remove(capability c) { bits_.reset(static_cast<std::size_t>(c)); }
  [[nodiscard]] bool has(capability c) const { return bits_.test(static_cast<std::size_t>(c)); }
  [[nodiscard]] bool empty() const { return bits_.none(); }
  void merge(const capability_set& other) { bits_ |= other.bits_; }

  /// The names of the members, in declaration order.
  [[nodiscard]] std::vector<std::string> names() const;

  bool operator==(const capability_set&) const = default;

 private:
  std::bitset<static_cast<std::size_t>(capability::count_)> bits_;
};

}  // namespace iterconf

// Orders and the ready-made domains of subject_traits.
#include "iterconf/traits.hpp"

#include <array>

namespace iterconf {

std::string_view name_of(order o) {
  constexpr std::array<std::string_view, 7> names = {"as-given", "sorted",    "sorted-unique", "unique",
                                                     "unordered", "counting", "cycling"};
  return names.at(static_cast<std::size_t>(o));
}

bool is_infinite(order o) { return o == order::counting || o == order::cycling; }

bool is_ordered(order o) { return o != order::unique && o != order::unordered; }

std::optional<std::vector<value>> shaped_for_domain(const domain_check& domain, std::vector<value> given) {
  if (!domain) return given;
  for (int attempt = 0; attempt < 2; ++attempt) {
    std::vector<value> consecutive(given.size()), bits(given.size()), non_negative(given.size());
    for (std::size_t i = 0; i < given.size(); ++i) {
      consecutive[i] = given[0] + static_cast<value>(i);
      bits[i] = given[i] & 1;
      non_negative[i] = given[i] < 0 ? -given[i] : given[i];
    }
    for (auto* shape : {&given, &consecutive, &bits, &non_negative})
      if (!domain(*shape)) return std::move(*shape);
    if (given.size() > 8) given.resize(8);
  }
  return std::nullopt;
}

namespace domain {

domain_check within(value lo, value hi) {
  return [lo, hi](std::span<const value> values) -> std::optional<std::string> {
    for (value v : values)
      if (v < lo || v > hi)
        return "value " + std::to_string(v) + " is outside [" + std::to_string(lo) + ", " +
               std::to_string(hi) + "]";
    return std::nullopt;
  };
}

domain_check at_most(std::size_t n) {
  return [n](std::span<const value> values) -> std::optional<std::string> {
    if (values.size() > n)
      return std::to_string(values.size()) + " values exceed the capacity of " + std::to_string(n);
    return std::nullopt;
  };
}

domain_check consecutive() {
  return [](std::span<const value> values) -> std::optional<std::string> {
    for (std::size_t i = 1; i < values.size(); ++i)
      if (values[i] != values[i - 1] + 1) return "values are not consecutive ascending integers";
    return std::nullopt;
  };
}

}  // namespace domain
}  // namespace iterconf

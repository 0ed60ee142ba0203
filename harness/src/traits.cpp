// Orders and the ready-made domains of subject_traits.
#include "iterconf/traits.hpp"

#include <algorithm>
#include <array>

namespace iterconf {

std::string_view name_of(order o) {
  constexpr std::array<std::string_view, 8> names = {"as-given",  "sorted",   "sorted-unique", "unique",
                                                     "unordered", "counting", "cycling",       "insertion"};
  return names.at(static_cast<std::size_t>(o));
}

bool is_infinite(order o) { return o == order::counting || o == order::cycling; }

bool is_ordered(order o) { return o != order::unique && o != order::unordered; }

namespace {

// `given` cut or extended to `n` values, the added ones counting on from the last (so that
// consecutive values stay consecutive).
std::vector<value> resized(std::vector<value> given, std::size_t n) {
  while (given.size() < n) given.push_back(given.empty() ? 0 : given.back() + 1);
  given.resize(n);
  return given;
}

}  // namespace

std::optional<std::vector<value>> shaped_for_domain(const domain_check& domain, std::vector<value> given) {
  if (!domain) return given;
  // The lengths to try: the given one first, then the others up to the shaping limit, nearest
  // first (shorter on a tie), so that a fixed size or a capacity ("exactly 4 values") is met by
  // cutting or extending the values as little as it can.
  constexpr std::size_t most = 8;
  std::vector<std::size_t> lengths;
  for (std::size_t n = 0; n <= most; ++n)
    if (n != given.size()) lengths.push_back(n);
  const auto distance = [&](std::size_t n) { return n > given.size() ? n - given.size() : given.size() - n; };
  std::stable_sort(lengths.begin(), lengths.end(), [&](std::size_t a, std::size_t b) { return distance(a) < distance(b); });
  lengths.insert(lengths.begin(), given.size());
  for (std::size_t n : lengths) {
    std::vector<value> base = resized(given, n);
    std::vector<value> consecutive(n), bits(n), non_negative(n);
    for (std::size_t i = 0; i < n; ++i) {
      consecutive[i] = base[0] + static_cast<value>(i);
      bits[i] = base[i] & 1;
      non_negative[i] = base[i] < 0 ? -base[i] : base[i];
    }
    for (const auto* shape : {&base, &consecutive, &bits, &non_negative})
      if (!domain(*shape)) return *shape;
  }
  return std::nullopt;
}

namespace domain {

domain_check within(value lo, value hi) {
  return {[lo, hi](std::span<const value> values) -> std::optional<std::string> {
    for (value v : values)
      if (v < lo || v > hi)
        return "value " + std::to_string(v) + " is outside [" + std::to_string(lo) + ", " +
               std::to_string(hi) + "]";
    return std::nullopt;
  }, "values in [" + std::to_string(lo) + ", " + std::to_string(hi) + "]"};
}

domain_check at_most(std::size_t n) {
  return {[n](std::span<const value> values) -> std::optional<std::string> {
    if (values.size() > n)
      return std::to_string(values.size()) + " values exceed the capacity of " + std::to_string(n);
    return std::nullopt;
  }, "at most " + std::to_string(n) + " values"};
}

domain_check exactly(std::size_t n) {
  return {[n](std::span<const value> values) -> std::optional<std::string> {
    if (values.size() != n)
      return std::to_string(values.size()) + " values, and the subject holds exactly " + std::to_string(n);
    return std::nullopt;
  }, "exactly " + std::to_string(n) + " values"};
}

domain_check consecutive() {
  return {[](std::span<const value> values) -> std::optional<std::string> {
    for (std::size_t i = 1; i < values.size(); ++i)
      if (values[i] != values[i - 1] + 1) return "values are not consecutive ascending integers";
    return std::nullopt;
  }, "consecutive ascending values"};
}

domain_check all_of(std::vector<domain_check> parts) {
  std::string description;
  for (const auto& part : parts)
    if (part) description += (description.empty() ? "" : " and ") + part.description();
  if (description.empty()) return {};
  return {[parts = std::move(parts)](std::span<const value> values) -> std::optional<std::string> {
            for (const auto& part : parts)
              if (part)
                if (auto outside = part(values)) return outside;
            return std::nullopt;
          },
          description};
}

}  // namespace domain
}  // namespace iterconf

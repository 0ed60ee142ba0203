// Capability names as case files and reports spell them.
#include "iterconf/capability.hpp"

#include <array>

namespace iterconf {

namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(capability::count_)> names = {
    "iterable",   "range",       "next-style", "input",     "forward",    "bidirectional",
    "random-access", "contiguous", "sized",    "common",    "borrowed",   "contains",
    "getitem",    "container",   "iterator",   "finite",    "infinite",   "ordered",
    "as-given",   "lazy",        "probed",     "generator", "single-pass", "raises",
    "callable",   "writable",    "sized-sentinel", "const-iterable", "arrow",
    "lvalue-reference"};

}  // namespace

std::string_view name_of(capability c) { return names.at(static_cast<std::size_t>(c)); }

std::optional<capability> capability_named(std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<capability>(i);
  return std::nullopt;
}

std::vector<std::string> capability_names() { return {names.begin(), names.end()}; }

std::vector<std::string> capability_set::names() const {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < bits_.size(); ++i)
    if (bits_.test(i)) out.emplace_back(name_of(static_cast<capability>(i)));
  return out;
}

}  // namespace iterconf

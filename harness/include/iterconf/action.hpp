// A case step's action, with its facts in one table beside the enum: its spelling in case files,
// the modifiers it takes and the words its `expect` allows (the step reader and every message read
// them). `operate` stands for the C++ iterator operations, whose own table is iterator_operation.hpp.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace iterconf {

enum class action { iter, next, take, drain, loop, contains, getitem, size, distance, copy, equal, probe, operate };

struct action_info {
  action what;
  std::string_view spelling;
  std::array<std::string_view, 4> modifiers;  // unused slots are empty
  std::array<std::string_view, 4> expects;    // "<integer>" for a count
};

namespace detail {
inline constexpr std::array<action_info, 13> action_table = {{
    {action::iter, "iter", {"of", "expect", "probe"}, {"iterator", "type-error"}},
    {action::next, "next", {"expect", "yields", "probe"}, {"item", "end", "error"}},
    {action::take, "take", {"count", "yields", "probe"}, {}},
    {action::drain, "drain", {"yields", "expect", "probe"}, {"end", "error"}},
    {action::loop, "loop", {"consumer", "yields", "expect", "probe"}, {"error", "type-error"}},
    {action::contains, "contains", {"on", "expect", "probe"}, {"true", "false", "error", "type-error"}},
    {action::getitem, "getitem", {"expect", "yields", "probe"}, {"item", "index-error", "error"}},
    {action::size, "size", {"expect", "probe"}, {"<integer>"}},
    {action::distance, "distance", {"expect", "probe"}, {"<integer>"}},
    {action::copy, "copy", {"of", "probe"}, {}},
    {action::equal, "equal", {"expect", "probe"}, {"true", "false"}},
    {action::probe, "probe", {}, {}},
    {action::operate, "operate", {}, {}},  // spelled by each operation of iterator_operation.hpp
}};
}  // namespace detail

constexpr const action_info& info(action a) { return detail::action_table[static_cast<std::size_t>(a)]; }

/// "iter", "next", ...
std::string_view name_of(action a);

}  // namespace iterconf

// The tables beside the enums (one row per value, in the enum's order: action.hpp,
// iterator_operation.hpp, capability.cpp): the one check that a table follows its enum.
#pragma once

#include <cstddef>

namespace iterconf {

/// Whether row i of `table` is the row of value i, as its member `key` names the value.
template <class Table, class Row, class Enum>
constexpr bool rows_follow_enum(const Table& table, Enum Row::*key) {
  for (std::size_t i = 0; i < table.size(); ++i)
    if (static_cast<std::size_t>(table[i].*key) != i) return false;
  return true;
}

}  // namespace iterconf

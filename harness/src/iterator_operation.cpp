// The table of C++ iterator operations (iterator_operation.hpp).
#include "iterconf/iterator_operation.hpp"

namespace iterconf {

namespace {

const iterator_op_info* row_named(std::string_view name) {
  for (const auto& row : operation_rows::table)
    if (row.spelling == name) return &row;
  return nullptr;
}

}  // namespace

std::optional<iterator_op> iterator_op_named(std::string_view name) {
  if (const auto* row = row_named(name)) return row->op;
  return std::nullopt;
}

std::vector<std::string> iterator_op_names() {
  std::vector<std::string> out;
  for (const auto& row : operation_rows::table) out.emplace_back(row.spelling);
  return out;
}

}  // namespace iterconf

// Reading the steps of the C++ iterator operations (iterator_operation.hpp): their operands and
// the modifiers their table row asks for.
#include "step_reader.hpp"

#include <map>

#include "identifiers.hpp"
#include "input_limits.hpp"

namespace iterconf::detail {

bool step_reader::read_operation_operand(step& s, const YAML::Node& operand) {
  const auto& row = info(s.op);
  const std::string what = std::string(row.spelling) + "'s ";
  switch (row.operand) {
    case op_operand::iterator: {
      auto name = in_.string(operand, what + "iterator");
      if (!name || !require_bound(operand, *name, false)) return false;
      s.target = *name;
      return true;
    }
    case op_operand::new_iterator: return read_new_iterator(s, operand, what + "name");
    case op_operand::two_iterators: return read_two_iterators(s, operand, std::string(row.spelling), "takes");
    case op_operand::subject: {
      auto name = in_.string(operand, what + "operand");
      if (!name) return false;
      if (*name != subject_name) {
        in_.error(operand, std::string(row.spelling) + " applies to 'subject' only, not '" + shown(*name) + "'");
        return false;
      }
      s.target = *name;
      return true;
    }
  }
  return false;
}

bool step_reader::read_operation_modifiers(step& s, const yaml_mapping& fields, const YAML::Node& node) {
  const auto& row = info(s.op);
  bool ok = true;
  auto required = [&](const char* key) {
    if (fields.has(key)) return true;
    in_.error(node, a_step(row.spelling) + " needs '" + key + "'");
    ok = false;
    return false;
  };
  if (row.operand == op_operand::new_iterator && required("from")) {
    auto from = in_.string(fields["from"], "from");
    if (from && require_bound(fields["from"], *from, false)) s.of = *from;
    else ok = false;
  }
  const char* by_key = s.op == iterator_op::subscript ? "at" : "by";
  if (row.takes_by && required(by_key)) {
    if (auto n = in_.integer(fields[by_key], by_key)) s.by = static_cast<std::ptrdiff_t>(*n);
    else ok = false;
  }
  if (row.takes_value && required("value")) {
    if (auto v = in_.integer(fields["value"], "value")) s.operand = *v;
    else ok = false;
  }
  if (row.takes_values && required("values")) {
    if (auto list = in_.integer_list(fields["values"], "values")) s.values.assign(list->begin(), list->end());
    else ok = false;
  }
  return ok;
}

}  // namespace iterconf::detail

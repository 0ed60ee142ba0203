// Writing a case back in the case format (spec/case-format.md), so that a case a property
// generated and shrank becomes a regression case that `iterconf run --cases` replays.
#include "iterconf/case_writer.hpp"

#include <sstream>

namespace iterconf {

namespace {

std::string list(const std::vector<value>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + std::to_string(values[i]);
  return out + "]";
}

/// One step as the case file spells it: the action line, then its modifiers.
void write_step(std::ostringstream& out, const step& s) {
  const std::string indent = "      ";
  if (s.act == action::operate) {
    const auto& row = info(s.op);
    out << "    - " << row.spelling << ": ";
    if (row.operand == op_operand::two_iterators) out << "[" << s.target << ", " << s.other << "]\n";
    else out << s.target << "\n";
    if (row.operand == op_operand::new_iterator) out << indent << "from: " << s.of << "\n";
    if (row.takes_by) out << indent << (s.op == iterator_op::subscript ? "at: " : "by: ") << s.by << "\n";
    if (row.takes_value) out << indent << "value: " << s.operand << "\n";
    if (row.takes_values) out << indent << "values: " << list(s.values) << "\n";
    return;
  }
  out << "    - " << name_of(s.act) << ": ";
  switch (s.act) {
    case action::equal: out << "[" << s.target << ", " << s.other << "]\n"; break;
    case action::contains:
    case action::getitem: out << s.operand << "\n"; break;
    default: out << s.target << "\n";
  }
  if (!s.of.empty()) out << indent << "of: " << s.of << "\n";
  if (s.act == action::contains && s.target != subject_name) out << indent << "on: " << s.target << "\n";
  if (s.act == action::take) out << indent << "count: " << s.count << "\n";
  if (s.act == action::loop && s.consumer != consumer_kind::for_loop) out << indent << "consumer: " << name_of(s.consumer) << "\n";
}

}  // namespace

std::string write_case(const conformance_case& c) {
  std::ostringstream out;
  out << "- id: " << c.id << "\n";
  if (c.rules.size() == 1) {
    out << "  rule: " << c.rules.front() << "\n";
  } else {
    out << "  rules: [";
    for (std::size_t i = 0; i < c.rules.size(); ++i) out << (i ? ", " : "") << c.rules[i];
    out << "]\n";
  }
  out << "  summary: " << c.summary << "\n";
  out << "  given: " << list(c.given) << "\n";
  if (!c.required.empty()) {
    out << "  requires: [";
    const auto names = c.required.names();
    for (std::size_t i = 0; i < names.size(); ++i) out << (i ? ", " : "") << names[i];
    out << "]\n";
  }
  if (c.budget != conformance_case{}.budget) out << "  budget: " << c.budget << "\n";
  out << "  steps:\n";
  for (const auto& s : c.steps) write_step(out, s);
  return out.str();
}

}  // namespace iterconf

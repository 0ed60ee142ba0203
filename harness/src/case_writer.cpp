// Writing a case back in the case format (spec/case-format.md), so that a case a property
// generated and shrank becomes a regression case that `iterconf run --cases` replays.
#include "iterconf/case_writer.hpp"

#include <sstream>

#include "step_form.hpp"

namespace iterconf {

namespace {

std::string list(const std::vector<value>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + std::to_string(values[i]);
  return out + "]";
}

std::string list(const std::vector<std::size_t>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + std::to_string(values[i]);
  return out + "]";
}

std::string flag(bool b) { return b ? "true" : "false"; }

/// A probe's assertions as a flow mapping: "{iters: 2, path: iterate}".
std::string probe_mapping(const probe_check& p) {
  std::vector<std::string> keys;
  const probe_keys& m = p.by_model;
  if (m.started) keys.emplace_back("started: model");
  else if (p.started) keys.push_back("started: " + flag(*p.started));
  if (m.finished) keys.emplace_back("finished: model");
  else if (p.finished) keys.push_back("finished: " + flag(*p.finished));
  if (m.produced) keys.emplace_back("produced: model");
  else if (p.produced) keys.push_back("produced: " + std::to_string(*p.produced));
  if (m.calls) keys.emplace_back("calls: model");
  else if (p.calls) keys.push_back("calls: " + std::to_string(*p.calls));
  if (m.iters) keys.emplace_back("iters: model");
  else if (p.iters) keys.push_back("iters: " + std::to_string(*p.iters));
  if (m.contains) keys.emplace_back("contains: model");
  else if (p.contains) keys.push_back("contains: " + std::to_string(*p.contains));
  if (m.index) keys.emplace_back("index: model");
  else if (p.index) keys.push_back("index: " + list(*p.index));
  if (m.path) keys.emplace_back("path: model");
  else if (p.path) keys.push_back("path: " + std::string(name_of(*p.path)));
  std::string out = "{";
  for (std::size_t i = 0; i < keys.size(); ++i) out += (i ? ", " : "") + keys[i];
  return out + "}";
}

/// One step as the case file spells it (its form, step_form.hpp): the action line, then its
/// modifiers in the form's order.
void write_step(std::ostringstream& out, const step& s) {
  const detail::step_form& form = detail::form_of(s);
  const std::string indent = "      ";
  out << "    - " << form.spelling << ": ";
  switch (form.operand) {
    case step_operand::assertions:
    case step_operand::operation: out << probe_mapping(s.probe.value_or(probe_check{})) << "\n"; return;
    case step_operand::two_iterators: out << "[" << s.target << ", " << s.other << "]\n"; break;
    case step_operand::value:
    case step_operand::index: out << s.operand << "\n"; break;
    default: out << s.target << "\n";
  }
  for (const auto& key : form.modifiers) {
    if (key == form.source) {
      if (!s.of.empty()) out << indent << key << ": " << s.of << "\n";
    } else if (key == "on") {
      // Quoted: YAML 1.1 reads a bare `on` as true.
      if (!s.target.empty() && s.target != subject_name) out << indent << "\"on\": " << s.target << "\n";
    } else if (key == "count") {
      out << indent << "count: " << s.count << "\n";
    } else if (key == "consumer") {
      if (s.consumer != consumer_kind::for_loop) out << indent << "consumer: " << name_of(s.consumer) << "\n";
    } else if (key == "by" || key == "at") {
      out << indent << key << ": " << s.by << "\n";
    } else if (key == "value") {
      out << indent << "value: " << s.operand << "\n";
    } else if (key == "values") {
      out << indent << "values: " << list(s.values) << "\n";
    } else if (key == "expect") {
      if (s.expect.what != expectation::kind::model) out << indent << "expect: " << s.expect.str() << "\n";
    } else if (key == "yields") {
      if (s.yields && form.yields == yields_form::one) out << indent << "yields: " << s.yields->front() << "\n";
      else if (s.yields) out << indent << "yields: " << list(*s.yields) << "\n";
    } else if (key == "probe") {
      if (s.probe) out << indent << "probe: " << probe_mapping(*s.probe) << "\n";
    }
  }
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
  if (c.raises_at) out << "  raises_at: " << *c.raises_at << "\n";
  if (c.sentinel != conformance_case{}.sentinel) out << "  sentinel: " << c.sentinel << "\n";
  if (c.budget != conformance_case{}.budget) out << "  budget: " << c.budget << "\n";
  out << "  steps:\n";
  for (const auto& s : c.steps) write_step(out, s);
  return out.str();
}

}  // namespace iterconf

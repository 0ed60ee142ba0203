// A property's result as a case result (so every reporter takes it), and as printed text.

#include <sstream>

#include "iterconf/properties.hpp"

namespace iterconf::properties {

case_result to_case_result(const property& p, const subject_entry& s, const check_result& r) {
  case_result out;
  out.subject = s.name;
  out.family = s.family;
  out.case_id = p.name;
  out.area = "prop";
  out.rules = r.failing_rules.empty() ? p.rules : r.failing_rules;
  out.result = r.result;
  out.seconds = r.seconds;
  out.case_location = {"<property " + p.name + ">", 0, 0};
  // A generated case that failed, or ended in an ERROR or a TIMEOUT at a step (its budget), says
  // where, and the shrunk sequence; a child the runner killed has only the runner's message.
  if (!r.counterexample.empty()) {
    out.step_number = r.failing_step;
    out.step = r.step;
    out.expected = r.expected;
    out.observed = r.observed;
    std::ostringstream text;
    text << "seed " << r.seed << ", after " << r.passed << " passing sequences, shrunk in " << r.shrinks
         << " steps to:\n"
         << r.counterexample;
    out.message = text.str();
  } else {
    out.message = r.message;
  }
  return out;
}

std::string describe_failure(const property& p, const subject_entry& s, const check_result& r) {
  std::ostringstream out;
  out << p.name << " " << name_of(r.result) << " on " << s.name << " (rules:";
  for (const auto& rule : p.rules) out << ' ' << rule;
  out << ")\n";
  if (!r.counterexample.empty()) {
    out << "  seed " << r.seed << ": failed after " << r.passed << " passing sequences; shrunk in " << r.shrinks
        << " steps to:\n"
        << r.counterexample;
    if (r.failing_step > 0) out << "  step " << r.failing_step << ": " << r.step << "\n";
    out << "  expected " << r.expected << "\n  observed " << r.observed << "\n";
  } else if (!r.message.empty()) {
    out << "  " << r.message << "\n";
  }
  return out.str();
}

}  // namespace iterconf::properties

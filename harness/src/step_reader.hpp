// Reading one step of a case (spec/case-format.md, "Steps"), by the step's form (step_form.hpp).
#pragma once

#include <optional>
#include <set>
#include <string>

#include "iterconf/case.hpp"
#include "step_form.hpp"
#include "yaml_reader.hpp"

namespace iterconf::detail {

/// "a 'take' step", "an 'advance' step": how messages name a step of an action.
std::string a_step(std::string_view action);

/// Reads steps in order, tracking which iterator names earlier steps bound.
class step_reader {
 public:
  explicit step_reader(yaml_reader& in) : in_(in) {}

  std::optional<step> read(const YAML::Node& node);

 private:
  std::optional<step> read_step(const YAML::Node& node);
  void report_missing_action(const YAML::Node& node);
  bool read_operand(step& s, const step_form& form, const YAML::Node& operand);
  /// The modifiers that say what the operand means or how far the step goes.
  bool read_modifiers(step& s, const step_form& form, const yaml_mapping& fields, const YAML::Node& node);
  /// The name a step gives the iterator it makes (iter, copy, jump): not 'subject', and spelt
  /// as an iterator name.
  bool read_new_iterator(step& s, const YAML::Node& operand, const std::string& what);
  /// `[a, b]`: two bound iterators; "equal takes exactly two iterators, not 3".
  bool read_two_iterators(step& s, const YAML::Node& operand, const std::string& action);
  bool read_expect(step& s, const step_form& form, const YAML::Node& node);
  bool read_yields(step& s, const step_form& form, const YAML::Node& node);
  std::optional<probe_check> read_probe(const YAML::Node& node);
  bool require_bound(const YAML::Node& node, const std::string& name, bool subject_allowed);

  yaml_reader& in_;
  std::set<std::string> bound_;
};

}  // namespace iterconf::detail

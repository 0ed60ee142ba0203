// Reading one step of a case (spec/case-format.md, "Steps").
#pragma once

#include <optional>
#include <set>
#include <string>

#include "iterconf/case.hpp"
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
  bool read_operand(step& s, const YAML::Node& operand);
  bool read_operation_operand(step& s, const YAML::Node& operand);
  /// `[a, b]`: two bound iterators; "equal compares exactly two iterators, not 3".
  /// The name a step gives the iterator it makes (iter, copy, jump): not 'subject', and spelt
  /// as an iterator name.
  bool read_new_iterator(step& s, const YAML::Node& operand, const std::string& what);
  bool read_two_iterators(step& s, const YAML::Node& operand, const std::string& action, const std::string& verb);
  bool read_operation_modifiers(step& s, const yaml_mapping& fields, const YAML::Node& node);
  bool read_expect(step& s, const YAML::Node& node);
  bool read_yields(step& s, const YAML::Node& node);
  std::optional<probe_check> read_probe(const YAML::Node& node);
  bool require_bound(const YAML::Node& node, const std::string& name, bool subject_allowed);

  yaml_reader& in_;
  std::set<std::string> bound_;
};

}  // namespace iterconf::detail

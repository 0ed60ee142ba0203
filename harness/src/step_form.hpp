// How the case format spells a step of each action and of each C++ operation: its key, what its
// operand names and the modifiers it takes, derived from the rows of action.hpp and
// iterator_operation.hpp. The step reader, the case writer and the messages read a step through
// it, so that a new row needs no code of theirs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iterconf/action.hpp"
#include "iterconf/case.hpp"
#include "iterconf/iterator_operation.hpp"

namespace iterconf::detail {

struct step_form {
  action act = action::probe;
  std::optional<iterator_op> op;  // for the C++ operations
  std::string spelling;           // the step's key: "next", "jump"
  step_operand operand = step_operand::assertions;
  /// The keys beside the action's, in the order a case file writes them.
  std::vector<std::string> modifiers;
  /// The modifiers it cannot go without.
  std::vector<std::string> required;
  /// The words `expect` may be; "<integer>" for a count (`count_min` and up).
  std::vector<std::string> expects;
  std::optional<long long> count_min;
  yields_form yields = yields_form::none;
  /// The modifier naming the iterator a new one is taken of ("of", "from"), if any.
  std::string source;

  [[nodiscard]] bool takes(std::string_view modifier) const;
};

/// The form of the step keyed `name`, if any.
const step_form* form_named(std::string_view name);
/// The form of `s`.
const step_form& form_of(const step& s);
/// Every step key, for suggestions.
std::vector<std::string> step_keys();
/// Whether `key` modifies some step.
bool is_modifier(std::string_view key);

}  // namespace iterconf::detail

// The mutant zoo: subjects with one deliberate, realistic bug each, naming the rule it breaks.
// They are compiled into iterconf but kept in a registry of their own, never the global one, so
// no default run sees them; `iterconf mutants` measures which of them the suite kills.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "iterconf/registry.hpp"

namespace iterconf::mutants {

/// One mutant: its subject name and the rule its bug breaks.
struct mutant_info {
  std::string name;
  std::string rule;
};

/// Every mutant, in a registry of its own (the entry's description says what the bug is).
const subject_registry& zoo();
/// The mutants with the rules they break, in registry order.
const std::vector<mutant_info>& catalog();
/// The rule the mutant `name` breaks; empty if there is no such mutant.
std::string_view broken_rule(std::string_view name);

}  // namespace iterconf::mutants

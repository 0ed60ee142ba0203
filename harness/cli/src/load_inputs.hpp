// Loading the rules and cases for a command, printing every problem as a diagnostic.
#pragma once

#include <optional>

#include "commands.hpp"
#include "iterconf/case.hpp"
#include "iterconf/rule.hpp"

namespace iterconf::cli {

struct loaded_inputs {
  rule_book rules;
  std::vector<conformance_case> cases;
};

/// nullopt when any problem was found (each printed to stderr).
std::optional<loaded_inputs> load_inputs(const inputs& from);

/// Prints diagnostics to stderr, one per line.
void print_problems(const std::vector<diagnostic>& problems);

}  // namespace iterconf::cli

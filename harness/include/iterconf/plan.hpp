// The planner: cases x subjects, filtered by selectors and by capabilities.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "iterconf/capability.hpp"
#include "iterconf/case.hpp"
#include "iterconf/registry.hpp"

namespace iterconf {

/// Glob selectors (fnmatch syntax); an empty list selects everything.
struct selectors {
  std::vector<std::string> subjects;
  std::vector<std::string> cases;
  std::vector<std::string> rules;
};

/// One case to run on one subject, or the reason it does not apply.
struct plan_item {
  const subject_entry* subject = nullptr;
  const conformance_case* the_case = nullptr;
  std::optional<std::string> unsupported;
  /// The case with its given values shaped to the subject's domain, when they fall outside it
  /// (`the_case` then points here): a fixed-size type runs the cases that can apply to it.
  std::shared_ptr<const conformance_case> shaped = {};
};

/// What a case needs beyond what it lists: what its steps use (case-format.md, "Implied").
capability_set implied_requirements(const conformance_case& c);

/// `c` on `s`: what runs (the case, or its values shaped to the subject's domain) or why nothing does.
plan_item plan_for(const subject_entry& s, const conformance_case& c);

/// Why `c` does not apply to `s` ("lacks capability 'forward'"), or nullopt if it does.
std::optional<std::string> why_unsupported(const subject_entry& s, const conformance_case& c);

/// Every selected (subject, case) pair, subjects in registry order, cases in load order.
/// Throws input_error when a selector matches nothing.
std::vector<plan_item> make_plan(const subject_registry& subjects,
                                 const std::vector<conformance_case>& cases, const selectors& select);

}  // namespace iterconf

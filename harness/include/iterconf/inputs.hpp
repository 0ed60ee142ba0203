// What a conformance run reads before it runs anything: the rules, the cases that cite them and
// the known deviations, loaded in that order with every problem kept, by the `iterconf` commands,
// GoogleTest mode and iterconf::check_conformance alike.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "iterconf/case.hpp"
#include "iterconf/diagnostic.hpp"
#include "iterconf/expectations.hpp"
#include "iterconf/rule.hpp"

namespace iterconf {

struct inputs_load {
  rule_book rules;
  std::vector<conformance_case> cases;
  std::vector<expectation_entry> expected;
  /// Every problem of the first file kind that had any (rules, then cases, then expectations):
  /// a later kind is not loaded, since it would be read against a broken one.
  std::vector<diagnostic> problems;
  /// The kind of file they are in: "the rules", "the case files" or "the expectations".
  std::string_view problems_in;
};

/// `spec_dir`/rules.yaml, the case files of `cases_dir`, and each expectations file in turn.
inputs_load load_inputs(const std::filesystem::path& spec_dir, const std::filesystem::path& cases_dir,
                        const std::vector<std::filesystem::path>& expectation_files = {});

}  // namespace iterconf

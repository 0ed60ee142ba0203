// Loading the rules registry and case files: every field validated, every problem located.
#pragma once

#include <filesystem>
#include <vector>

#include "iterconf/case.hpp"
#include "iterconf/diagnostic.hpp"
#include "iterconf/rule.hpp"

namespace iterconf {

/// Problems are collected, not thrown, so one pass reports all of them (at most 100 per file).
/// A file that is not UTF-8 YAML text of at most 4 MiB, one document, 64 levels of nesting and
/// 500,000 nodes without aliases gets one problem and nothing loaded (tests/hostile/README.md).
struct rules_load {
  rule_book book;
  std::vector<diagnostic> problems;
};

struct cases_load {
  std::vector<conformance_case> cases;
  std::vector<diagnostic> problems;
};

/// Reads spec/rules.yaml.
rules_load load_rules(const std::filesystem::path& file);

/// Reads one case file, checking rule ids against `rules`.
cases_load load_case_file(const std::filesystem::path& file, const rule_book& rules);

/// Reads a case file, or every *.yaml below a directory (sorted by path), and reports case ids
/// used twice across files.
cases_load load_cases(const std::filesystem::path& file_or_dir, const rule_book& rules);

}  // namespace iterconf

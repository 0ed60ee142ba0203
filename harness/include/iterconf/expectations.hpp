// Expectations: known deviations of subjects, so a run gates on changes (XFAIL, XPASS).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "iterconf/diagnostic.hpp"
#include "iterconf/result.hpp"

namespace iterconf {

/// One known deviation: results whose subject, case and a rule match these globs are expected to
/// fail, for the reason given (why it is the library's real behaviour).
struct expectation_entry {
  std::string subject = "*";
  std::string case_id = "*";
  std::string rule = "*";
  std::string reason;
  location where;
};

struct expectations_load {
  std::vector<expectation_entry> entries;
  std::vector<diagnostic> problems;
};

/// Reads an expectations file (a YAML list of {subject, case, rule, reason}).
expectations_load load_expectations(const std::filesystem::path& file);

/// An expectations file recording every current deviation (results that fail the gate, and the
/// XFAILs): one entry per subject and case, with the outcome and what was observed as its reason.
std::string recorded_expectations(const std::vector<case_result>& results);

/// Turns an expected failure into XFAIL and an expected failure that passed into XPASS.
void apply_expectations(std::vector<case_result>& results, const std::vector<expectation_entry>& entries);

}  // namespace iterconf

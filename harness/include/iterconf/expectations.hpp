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

/// The entry covering a result of `subject` on the case (or property) `case_id` checking one of
/// `rules`: subject, case and rule patterns all match. The one test of both engines.
const expectation_entry* covering_expectation(const std::string& subject, const std::string& case_id,
                                              const std::vector<std::string>& rules,
                                              const std::vector<expectation_entry>& entries);

/// What a pass of a covered result says: a case that passes shows the deviation gone (XPASS); a
/// property whose random search found nothing does not (it stays PASS).
enum class covered_pass { is_xpass, stays_pass };

/// Turns a covered failure into XFAIL and, for cases, a covered pass into XPASS.
void apply_expectation(case_result& result, const std::vector<expectation_entry>& entries,
                       covered_pass pass = covered_pass::is_xpass);
void apply_expectations(std::vector<case_result>& results, const std::vector<expectation_entry>& entries);

}  // namespace iterconf

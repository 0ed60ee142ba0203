// Expectations: known deviations of subjects, so a run gates on changes (XFAIL, XPASS).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "iterconf/diagnostic.hpp"
#include "iterconf/result.hpp"

namespace iterconf {

/// Whether a result an entry covers must fail, or only may (a root cause that shows on some
/// seeds, toolchains or cases of a pattern, and not on others).
enum class expected_failure { must, may };

/// One known deviation: results whose subject, case and a rule match these patterns are expected
/// to fail, for the reason given (why it is the library's real behaviour). A pattern with `*` or
/// `?` is a glob (fnmatch: also `[...]` and `\` escapes); any other is a name, compared exactly.
struct expectation_entry {
  std::string subject = "*";
  std::string case_id = "*";
  std::string rule = "*";
  std::string reason;
  expected_failure fails = expected_failure::must;
  location where;
};

/// Whether `pattern`, a name or a glob as expectation entries write them, matches `name`.
bool pattern_matches(const std::string& pattern, const std::string& name);

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
/// property whose random search found nothing does not (it stays PASS). An entry that says a
/// result may fail leaves every pass a PASS.
enum class covered_pass { is_xpass, stays_pass };

/// Turns a covered failure into XFAIL and, for cases, a covered pass into XPASS. Returns the
/// entry that covered the result (nullptr for none, and for an UNSUPPORTED result: nothing ran).
const expectation_entry* apply_expectation(case_result& result, const std::vector<expectation_entry>& entries,
                                           covered_pass pass = covered_pass::is_xpass);
void apply_expectations(std::vector<case_result>& results, const std::vector<expectation_entry>& entries);

/// What a run can tell of the entries that covered none of its results.
struct run_scope {
  std::vector<std::string> subjects;  // registered: an entry whose subject matches none is misspelt
  std::vector<std::string> cases;     // loaded
  std::vector<std::string> rules;     // known
  bool whole = true;                  // every planned result ran: no selection, shard or interrupt
};

/// A warning for each entry of `entries` that is not in `covering` (the entries that covered a
/// result), saying why where it can: the subject, case or rule matches nothing there is; or,
/// in a whole run, no result (entries for properties, `case: "prop.*"`, are `iterconf prop`'s).
std::vector<diagnostic> stale_expectations(const std::vector<expectation_entry>& entries,
                                           const std::vector<const expectation_entry*>& covering,
                                           const run_scope& scope);

}  // namespace iterconf

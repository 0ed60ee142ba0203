// Properties whose sequences are cases: RapidCheck writes a case of the case format (random
// iterators, C++ operations, copies, comparisons, writes and walks, each valid at the positions
// the model knows), and the case runner runs it against the case model, as it runs cases/.
#pragma once

#include <string>
#include <vector>

#include <rapidcheck.h>

#include "iterconf/case.hpp"
#include "iterconf/properties.hpp"

namespace iterconf::properties::detail {

/// A case on `given` for `s`, with only the operations its capabilities allow.
rc::Gen<conformance_case> generated_case(const property& p, const subject_entry& s, std::vector<value> given);

/// A failing generated case made smaller: RapidCheck's shrinking draws again with smaller choices
/// but cannot drop a step from the middle, so steps are dropped one at a time while the case
/// still fails at the same operation the same way (a step whose removal breaks a later one
/// makes the case contradict the model: an ERROR, not the same failure, so it stays).
struct minimal_failure {
  conformance_case the_case;  // up to and including the failing step
  case_result result;
  std::vector<std::string> rules;  // the failing step's rule first, then those of the operations before it
};
minimal_failure minimize(const conformance_case& written, const subject_entry& s, const case_result& failed);

/// The minimal failure as a regression case, with an id and summary naming the property, the
/// subject and the seed.
conformance_case regression_case(const minimal_failure& found, const subject_entry& s, unsigned long long seed);

/// A found failure's case id and summary, in the case format's words:
/// "<rule>.found-by-<property less 'prop.'>.<subject, lower case, '-' for the rest>.seed-<seed>".
std::string found_case_id(const std::string& rule, const std::string& property, const std::string& subject,
                          unsigned long long seed);
std::string found_case_summary(const std::string& property, const std::string& subject, unsigned long long seed);

/// The rules a step of a generated case checks (its operation's rule; a walk's, a copy's).
std::string rule_of(const step& s);

/// The rules a protocol property's failure cites: all of the property's, led by the one whose
/// evidence the failing step's verdict is (a probe key's rule, or the step's), so that the
/// regression case's id names it.
std::vector<std::string> rules_of_failure(const std::vector<std::string>& property_rules, const step& failing,
                                          const case_result& r);

}  // namespace iterconf::properties::detail

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

/// The rules a step of a generated case checks (its operation's rule; a walk's, a copy's).
std::string rule_of(const step& s);

}  // namespace iterconf::properties::detail

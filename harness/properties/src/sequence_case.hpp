// A shrunk failure of a state-machine property written as a case of the case format
// (spec/case-format.md): one step per operation, the failing one asserting the model's answer, so
// that `iterconf run --cases` replays the sequence and fails at the same step.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "iterconf/case.hpp"
#include "iterconf/properties.hpp"
#include "operation.hpp"

namespace iterconf::properties::detail {

/// The failure as a case, or why today's case format cannot say it.
struct sequence_as_case {
  std::optional<conformance_case> the_case;
  std::string why_not;
  /// The case's step (1-based) that replays the failing operation: its number, less the probe
  /// operations before it, which do nothing to the subject and are left out.
  std::size_t failing_step = 0;
};
sequence_as_case sequence_case(const property& p, const subject_entry& s, const failure_note& note,
                               unsigned long long seed);

/// What `iterconf prop --write-cases` writes for the failure: a comment saying what failed, then
/// the case, which has been replayed here and fails at the same step; or, when the format cannot
/// say it or the replay does not fail there, only comments: why, and the shrunk sequence.
std::string written_failure(const property& p, const subject_entry& s, const failure_note& note,
                            unsigned long long seed);

}  // namespace iterconf::properties::detail

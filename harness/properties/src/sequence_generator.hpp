// A property's sequence written as a case of the case format: RapidCheck draws each step among
// the property's operations that the sequence's state allows (sequence_state.hpp), and every step
// carries the property's probe keys, left to the model. The case runner then runs it against the
// one model of the protocol, as it runs cases/, and a failure is already a regression case.
#pragma once

#include <optional>
#include <vector>

#include <rapidcheck.h>

#include "iterconf/case.hpp"
#include "iterconf/properties.hpp"

namespace iterconf::properties::detail {

/// What a sequence gives the subject: it is built from the values, raising where asked, and a
/// callable subject returns the sentinel after them; the protocol operations it may make in all.
inline constexpr value sequence_sentinel = 1000;
inline constexpr std::size_t sequence_budget = 20000;

/// A sequence of `p`'s operations on `s` built from `given`.
rc::Gen<conformance_case> generated_sequence(const property& p, const subject_entry& s, std::vector<value> given,
                                             std::optional<std::size_t> raises_at);

}  // namespace iterconf::properties::detail

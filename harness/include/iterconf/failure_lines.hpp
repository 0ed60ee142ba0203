// A result that fails the gate as a person reads it where no reporter prints it.
#pragma once

#include <string>

#include "iterconf/result.hpp"

namespace iterconf {

/// The case file:line where it happened, the outcome, subject and case, then the step, expected
/// and observed, and any message, each on a line of its own (GoogleTest mode,
/// iterconf::check_conformance).
std::string failure_lines(const case_result& r);

}  // namespace iterconf

// A result that fails the gate as a person reads it where no reporter prints it.
#pragma once

#include <string>

#include "iterconf/result.hpp"

namespace iterconf {

/// Where it happened: the step's place in the case file, or the case's when no step is to blame.
const location& failure_place(const case_result& r);

/// The outcome, subject and case, then the step, expected and observed, and any message, each on a
/// line of its own; the place is the printer's to add (GoogleTest mode puts it in ADD_FAILURE_AT,
/// iterconf::check_conformance before the text).
std::string failure_lines(const case_result& r);

}  // namespace iterconf

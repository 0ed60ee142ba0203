// A case written back in the case format: what a property found, as a regression case.
#pragma once

#include <string>

#include "iterconf/case.hpp"

namespace iterconf {

/// `c` as one entry of a case file (a YAML list item), every step in the case format's spelling,
/// with the `expect` and `probe` a step asserts (none: the model's default).
std::string write_case(const conformance_case& c);

}  // namespace iterconf

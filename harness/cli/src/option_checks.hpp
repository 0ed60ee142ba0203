// Checks of numeric options whose messages a person can read ("--jobs must be a whole number from
// 1 to 4096, not 0"), in place of CLI11's ranges printed to the last digit of a double.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace iterconf::cli {

/// A whole number from `least` to `most`.
CLI::Validator whole_number(unsigned long long least, unsigned long long most);
/// A number of seconds above 0 and at most a day.
CLI::Validator seconds();

}  // namespace iterconf::cli

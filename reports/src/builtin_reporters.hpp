// The reporters iterconf comes with, each defined in its own file, listed once for the registry.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "iterconf/report/reporter.hpp"

namespace iterconf::report {

/// The registry entry that makes `Reporter` (default-constructible) as `format`.
template <class Reporter>
reporter_entry entry_of(std::string format, std::string description) {
  return {std::move(format), std::move(description), [] { return std::unique_ptr<reporter>(new Reporter()); }};
}

reporter_entry console_reporter_entry();
reporter_entry junit_reporter_entry();
reporter_entry json_reporter_entry();
reporter_entry markdown_reporter_entry();
reporter_entry html_reporter_entry();

/// Every built-in reporter, in the order `iterconf list reporters` shows them.
inline std::vector<reporter_entry> builtin_reporters() {
  return {console_reporter_entry(), junit_reporter_entry(), json_reporter_entry(), markdown_reporter_entry(),
          html_reporter_entry()};
}

}  // namespace iterconf::report

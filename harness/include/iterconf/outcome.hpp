// The closed set of results, in the manner of LLVM lit's ResultCode: each outcome with the facts
// every reader needs (its name, whether it fails the gate, how JUnit files it, how bad it is), in
// one table beside the enum.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace iterconf {

enum class outcome { pass, fail, xfail, xpass, unsupported, error, crash, timeout };

/// How a JUnit report files an outcome: no child, <failure>, <error> or <skipped>.
enum class junit_element { none, failure, error, skipped };

struct outcome_info {
  outcome what;
  std::string_view name;    // "PASS", as reports and expectations spell it
  bool fails_gate;          // makes the run fail its gate (exit 1); XPASS unless --allow-xpass
  junit_element junit;
  int severity;             // a matrix cell shows its worst outcome: the highest severity
  std::string_view meaning; // one line, for `iterconf list outcomes` and docs/expectations.md
};

namespace detail {
inline constexpr std::array<outcome_info, 8> outcome_table = {{
    {outcome::pass, "PASS", false, junit_element::none, 1, "the subject did what the case expects"},
    {outcome::fail, "FAIL", true, junit_element::failure, 4, "the subject broke the rule the case checks"},
    {outcome::xfail, "XFAIL", false, junit_element::skipped, 2, "a known deviation failed, as recorded"},
    {outcome::xpass, "XPASS", true, junit_element::failure, 3, "a known deviation passed: the record is stale"},
    {outcome::unsupported, "UNSUPPORTED", false, junit_element::skipped, 0,
     "the case does not apply (a capability the subject lacks, or a behaviour the standard leaves open)"},
    {outcome::error, "ERROR", true, junit_element::error, 5,
     "the case could not be judged (a broken case, a subject iterconf cannot drive, a subject cut off)"},
    {outcome::crash, "CRASH", true, junit_element::error, 7, "the subject crashed or exited its process"},
    {outcome::timeout, "TIMEOUT", true, junit_element::error, 6, "the subject gave no result within the time limit"},
}};
}  // namespace detail

inline constexpr std::array<outcome, detail::outcome_table.size()> all_outcomes = [] {
  std::array<outcome, detail::outcome_table.size()> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = detail::outcome_table[i].what;
  return out;
}();

/// The facts of an outcome.
constexpr const outcome_info& info(outcome o) { return detail::outcome_table[static_cast<std::size_t>(o)]; }

/// "PASS", "FAIL", ...
std::string_view name_of(outcome o);
std::optional<outcome> outcome_named(std::string_view name);

/// Whether this outcome makes the run fail its gate (exit 1).
[[nodiscard]] constexpr bool fails_gate(outcome o) { return info(o).fails_gate; }

}  // namespace iterconf

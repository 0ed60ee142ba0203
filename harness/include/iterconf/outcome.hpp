// The closed set of results, in the manner of LLVM lit and wptrunner.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace iterconf {

enum class outcome { pass, fail, xfail, xpass, unsupported, error, crash, timeout };

inline constexpr std::array all_outcomes = {outcome::pass,        outcome::fail,  outcome::xfail,
                                            outcome::xpass,       outcome::unsupported,
                                            outcome::error,       outcome::crash, outcome::timeout};

/// "PASS", "FAIL", ...
std::string_view name_of(outcome o);
std::optional<outcome> outcome_named(std::string_view name);

/// Whether this outcome makes the run fail its gate (exit 1).
[[nodiscard]] bool fails_gate(outcome o);

}  // namespace iterconf

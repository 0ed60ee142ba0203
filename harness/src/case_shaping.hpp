// A case's given values shaped to a subject's domain (issue 14 item 5): a fixed-size type such as
// std::array<T, 4> or Eigen::Vector4i cannot be built from a case's three values, but the case can
// run on four. The case runner checks every literal claim of a step against the model of the values
// it runs on, so a shaped case whose claims no longer hold says so (UNSUPPORTED, never a verdict).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "iterconf/case.hpp"
#include "iterconf/traits.hpp"

namespace iterconf::detail {

/// Values of `c` that `domain` admits: the given ones if it admits them; else the first it admits
/// of the given ones extended by values the case never mentions (ascending after the largest, so
/// sorted and consecutive values stay so), then cut (never before the injected error), then made
/// to fit as generated values are (shaped_for_domain). Otherwise why no shape can keep the case.
std::variant<std::vector<value>, std::string> shaped_given(const domain_check& domain, const conformance_case& c);

}  // namespace iterconf::detail

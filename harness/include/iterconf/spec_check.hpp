// The spec checker: cases against rules, rules against their pages.
#pragma once

#include <filesystem>
#include <vector>

#include "iterconf/case.hpp"
#include "iterconf/diagnostic.hpp"
#include "iterconf/rule.hpp"

namespace iterconf {

/// Every MUST rule has a case; every rule has a source, a known area page with a heading for it,
/// and known capabilities; every heading on an area page is a registered rule.
std::vector<diagnostic> check_spec(const rule_book& rules, const std::vector<conformance_case>& cases,
                                   const std::filesystem::path& spec_dir);

}  // namespace iterconf

// The spellings of ids and names in rules and cases, checked without std::regex (which costs
// more than the rest of loading a case).
#pragma once

#include <string_view>

namespace iterconf::detail {

/// `[a-z0-9]+(-[a-z0-9]+)*` joined by dots; at least `min_parts` parts ("exhaust.sticky").
bool is_dotted_name(std::string_view text, int min_parts);

/// An iterator name in a case: `[a-z][a-z0-9_]*`.
bool is_iterator_name(std::string_view text);

}  // namespace iterconf::detail

// The spellings of ids and names.
#include "identifiers.hpp"

namespace iterconf::detail {

namespace {

bool is_lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// One part: words of lower-case letters and digits joined by single dashes.
bool is_part(std::string_view part) {
  if (part.empty() || part.front() == '-' || part.back() == '-') return false;
  for (std::size_t i = 0; i < part.size(); ++i) {
    if (part[i] == '-') {
      if (part[i - 1] == '-') return false;
    } else if (!is_lower_alnum(part[i])) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool is_dotted_name(std::string_view text, int min_parts) {
  int parts = 0;
  for (;;) {
    const auto dot = text.find('.');
    if (!is_part(text.substr(0, dot))) return false;
    ++parts;
    if (dot == std::string_view::npos) return parts >= min_parts;
    text.remove_prefix(dot + 1);
  }
}

bool is_iterator_name(std::string_view text) {
  if (text.empty() || text.front() < 'a' || text.front() > 'z') return false;
  for (char c : text)
    if (!is_lower_alnum(c) && c != '_') return false;
  return true;
}

}  // namespace iterconf::detail

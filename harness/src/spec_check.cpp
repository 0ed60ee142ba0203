// The spec checker: the rules registry, the spec pages and the cases must agree.
#include "iterconf/spec_check.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "input_limits.hpp"

namespace iterconf {

namespace {

// Hand-written rather than std::regex: libstdc++'s regex executor recurses once per character
// matched, so a long source string in a hostile rules file would overflow the stack.

bool all_of_chars(std::string_view text, bool (*allowed)(char)) {
  return !text.empty() && std::all_of(text.begin(), text.end(), allowed);
}
bool is_lower_or(char c, std::string_view also) { return (c >= 'a' && c <= 'z') || also.find(c) != std::string_view::npos; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// python:<page>#<anchor> (docs.python.org/3), cpp:[stable.name], seed:<answer number>.
bool is_source(std::string_view s) {
  if (s.rfind("python:", 0) == 0) {
    const std::string_view rest = s.substr(7);
    const std::size_t hash = rest.find('#');
    if (hash == std::string_view::npos) return false;
    return all_of_chars(rest.substr(0, hash), [](char c) { return is_lower_or(c, "_/"); }) &&
           all_of_chars(rest.substr(hash + 1),
                        [](char c) { return is_lower_or(c, "_.-") || is_digit(c) || (c >= 'A' && c <= 'Z'); });
  }
  if (s.rfind("cpp:[", 0) == 0 && s.size() > 5 && s.back() == ']')
    return all_of_chars(s.substr(5, s.size() - 6), [](char c) { return is_lower_or(c, "_.-") || is_digit(c); });
  if (s.rfind("seed:", 0) == 0) return all_of_chars(s.substr(5), is_digit);
  return false;
}

/// The rule id of a heading line "## `exhaust.sticky`" (trailing blanks allowed).
std::optional<std::string> heading_rule(std::string_view line) {
  if (line.rfind("## `", 0) != 0) return std::nullopt;
  const std::string_view rest = line.substr(4);
  const std::size_t close = rest.find('`');
  if (close == 0 || close == std::string_view::npos) return std::nullopt;
  const std::string_view after = rest.substr(close + 1);
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
  if (!std::all_of(after.begin(), after.end(), blank)) return std::nullopt;
  return std::string(rest.substr(0, close));
}

struct heading {
  std::string rule_id;
  location where;
  /// The section's "Python: ..." line (how C++ stands to Python for the rule), "" if none.
  std::string python_line;
};

std::vector<heading> rule_headings(const std::filesystem::path& page) {
  std::vector<heading> out;
  std::ifstream in(page);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (auto id = heading_rule(line)) out.push_back({*id, {page.string(), number, 4}, {}});
    else if (line.rfind("## ", 0) == 0 && !out.empty() && out.back().python_line.empty())
      out.back().python_line = "-";  // another section began: the rule's has ended without one
    else if (line.rfind("Python:", 0) == 0 && !out.empty() && out.back().python_line.empty())
      out.back().python_line = line;
  }
  return out;
}

// Rule by rule, the page says where C++ follows Python and where it does not; a rule declared
// to differ (python: differs) says so there too. The cxx area is C++-only as a whole.
std::optional<std::string> python_line_problem(const rule& r, const std::string& line) {
  if (r.area == "cxx") return std::nullopt;
  if (line.empty() || line == "-")
    return "rule '" + r.id + "' has no 'Python:' line on its page: say whether C++ follows Python here, and why not";
  if (r.python.what == python_marker::kind::differs && line.find("differs") == std::string::npos)
    return "rule '" + r.id + "' is declared to differ from Python (python: differs), but its 'Python:' line does not say so";
  if (r.python.what == python_marker::kind::cxx_only && line.find("C++ only") == std::string::npos)
    return "rule '" + r.id + "' is declared C++-only (python: cxx-only), but its 'Python:' line does not say 'C++ only'";
  return std::nullopt;
}

}  // namespace

std::vector<diagnostic> check_spec(const rule_book& rules, const std::vector<conformance_case>& cases,
                                   const std::filesystem::path& spec_dir) {
  std::vector<diagnostic> problems;
  std::map<std::string, std::size_t> cases_per_rule;
  for (const auto& c : cases)
    for (const auto& id : c.rules) ++cases_per_rule[id];

  std::set<std::string> areas;
  for (const auto& r : rules.rules()) {
    areas.insert(r.area);
    if (r.sources.empty())
      problems.push_back({r.where, "rule '" + r.id + "' cites no source: say what behaviour it models"});
    for (const auto& s : r.sources)
      if (!is_source(s))
        problems.push_back({r.where, "rule '" + r.id + "' has source '" + detail::shown(s) +
                                         "', which is none of python:<page>#<anchor>, cpp:[stable.name], seed:<n>"});
    if (r.strength == level::must && cases_per_rule[r.id] == 0)
      problems.push_back({r.where, "MUST rule '" + r.id + "' has no case"});
    if (r.id.rfind(r.area + ".", 0) != 0)
      problems.push_back({r.where, "rule '" + r.id + "' does not start with its area '" + r.area + "'"});
  }

  for (const auto& area : areas) {
    const auto page = spec_dir / (area + ".md");
    if (!std::filesystem::exists(page)) {
      problems.push_back({{page.string(), 0, 0}, "area '" + area + "' has rules but no spec page"});
      continue;
    }
    std::set<std::string> on_page;
    for (const auto& h : rule_headings(page)) {
      const rule* r = rules.find(h.rule_id);
      if (r == nullptr) problems.push_back({h.where, "heading names '" + detail::shown(h.rule_id) + "', which is not in the rules registry"});
      else if (r->area != area)
        problems.push_back({h.where, "rule '" + h.rule_id + "' belongs to area '" + r->area + "', not '" + area + "'"});
      else if (auto problem = python_line_problem(*r, h.python_line))
        problems.push_back({h.where, *problem});
      if (!on_page.insert(h.rule_id).second)
        problems.push_back({h.where, "rule '" + h.rule_id + "' has two headings on this page"});
    }
    for (const auto& r : rules.rules())
      if (r.area == area && on_page.count(r.id) == 0)
        problems.push_back({r.where, "rule '" + r.id + "' has no heading '## `" + r.id + "`' on " + page.string()});
  }
  // The loaders' error limit holds here too: a registry of a million rules without pages is not
  // a million lines.
  if (problems.size() > detail::input_limits::max_problems) {
    const std::size_t rest = problems.size() - detail::input_limits::max_problems;
    problems.resize(detail::input_limits::max_problems);
    problems.push_back({{spec_dir.string(), 0, 0}, "more than " + std::to_string(detail::input_limits::max_problems) +
                                                        " problems; " + std::to_string(rest) + " more are not reported"});
  }
  return problems;
}

}  // namespace iterconf

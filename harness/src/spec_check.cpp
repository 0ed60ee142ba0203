// The spec checker: the rules registry, the spec pages and the cases must agree.
#include "iterconf/spec_check.hpp"

#include <fstream>
#include <map>
#include <regex>
#include <set>

namespace iterconf {

namespace {

// python:<page>#<anchor> (docs.python.org/3), cpp:[stable.name], seed:<answer number>.
const std::regex source_pattern(R"((python:[a-z_/]+#[A-Za-z0-9_.\-]+)|(cpp:\[[a-z0-9_.\-]+\])|(seed:[0-9]+))");
const std::regex heading_pattern(R"(^## `([^`]+)`\s*$)");

struct heading {
  std::string rule_id;
  location where;
};

std::vector<heading> rule_headings(const std::filesystem::path& page) {
  std::vector<heading> out;
  std::ifstream in(page);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::smatch m;
    if (std::regex_match(line, m, heading_pattern)) out.push_back({m[1], {page.string(), number, 4}});
  }
  return out;
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
      if (!std::regex_match(s, source_pattern))
        problems.push_back({r.where, "rule '" + r.id + "' has source '" + s +
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
      if (r == nullptr) problems.push_back({h.where, "heading names '" + h.rule_id + "', which is not in the rules registry"});
      else if (r->area != area)
        problems.push_back({h.where, "rule '" + h.rule_id + "' belongs to area '" + r->area + "', not '" + area + "'"});
      if (!on_page.insert(h.rule_id).second)
        problems.push_back({h.where, "rule '" + h.rule_id + "' has two headings on this page"});
    }
    for (const auto& r : rules.rules())
      if (r.area == area && on_page.count(r.id) == 0)
        problems.push_back({r.where, "rule '" + r.id + "' has no heading '## `" + r.id + "`' on " + page.string()});
  }
  return problems;
}

}  // namespace iterconf

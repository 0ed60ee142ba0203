// Shaping a case's given values to a subject's domain (case_shaping.hpp).
#include "case_shaping.hpp"

#include <algorithm>
#include <set>

namespace iterconf::detail {

namespace {

// The longest a shaped case gets: as long as the lengths shaped_for_domain tries.
constexpr std::size_t longest = 8;

// Every value the case names: a value appended must be none of them, or a membership step that
// expects false, a sentinel or a write would change its meaning.
std::set<value> mentioned(const conformance_case& c) {
  std::set<value> out(c.given.begin(), c.given.end());
  out.insert(c.sentinel);
  for (const auto& s : c.steps) {
    out.insert(s.operand);
    out.insert(s.values.begin(), s.values.end());
    if (s.yields) out.insert(s.yields->begin(), s.yields->end());
  }
  return out;
}

// Probe claims that count what a walk over the case's own values does: a longer or shorter
// list changes them, and the model does not predict probes, so such a case keeps its values.
bool counts_its_walks(const conformance_case& c) {
  return std::any_of(c.steps.begin(), c.steps.end(), [](const step& s) {
    return s.probe && (s.probe->finished || s.probe->produced || s.probe->calls || s.probe->index);
  });
}

std::vector<std::vector<value>> candidates(const conformance_case& c) {
  std::vector<std::vector<value>> out;
  const auto taken = mentioned(c);
  std::vector<value> longer = c.given;
  value next = c.given.empty() ? 1 : *std::max_element(c.given.begin(), c.given.end()) + 1;
  while (longer.size() < longest) {
    while (taken.count(next) != 0) ++next;
    longer.push_back(next++);
    out.push_back(longer);
  }
  // Cut, but keep the injected error inside: a case about an error must still meet it.
  const std::size_t shortest = c.raises_at ? *c.raises_at + 1 : 0;
  for (std::size_t n = c.given.size(); n-- > shortest;) out.emplace_back(c.given.begin(), c.given.begin() + n);
  return out;
}

}  // namespace

std::variant<std::vector<value>, std::string> shaped_given(const domain_check& domain, const conformance_case& c) {
  const auto outside = domain(c.given);
  if (!outside) return c.given;
  const std::string refused = "given values outside the subject's domain: " + *outside;
  if (counts_its_walks(c))
    return refused + "; the case's probe claims count a walk over its own values, so they cannot be shaped";
  // A shape must not make a callable subject meet its sentinel where the case's values did not.
  const auto sentinels = [&](const std::vector<value>& v) { return std::count(v.begin(), v.end(), c.sentinel); };
  const auto keeps_the_case = [&](const std::vector<value>& v) { return sentinels(v) <= sentinels(c.given); };
  for (auto& values : candidates(c))
    if (!domain(values) && keeps_the_case(values)) return std::move(values);
  if (auto made = shaped_for_domain(domain, c.given);
      made && (!c.raises_at || *c.raises_at < made->size()) && keeps_the_case(*made))
    return std::move(*made);
  return refused + "; no list of up to " + std::to_string(longest) + " values fits";
}

}  // namespace iterconf::detail

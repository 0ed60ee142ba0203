// The planner: which case runs on which subject, and why the others do not.
#include <fnmatch.h>

#include <algorithm>
#include <memory>
#include <variant>

#include "iterconf/plan.hpp"

#include "case_shaping.hpp"

namespace iterconf {

namespace {

bool matches(const std::string& pattern, const std::string& text) {
  return fnmatch(pattern.c_str(), text.c_str(), 0) == 0;
}

bool any_matches(const std::vector<std::string>& patterns, const std::string& text) {
  if (patterns.empty()) return true;
  for (const auto& p : patterns)
    if (matches(p, text)) return true;
  return false;
}

bool case_selected(const selectors& select, const conformance_case& c) {
  if (!any_matches(select.cases, c.id)) return false;
  if (select.rules.empty()) return true;
  for (const auto& r : c.rules)
    if (any_matches(select.rules, r)) return true;
  return false;
}

// A selector that selects nothing is a typo far more often than an intent.
void require_each_matches(const std::vector<std::string>& patterns, const std::vector<std::string>& names,
                          const char* what) {
  std::vector<diagnostic> problems;
  for (const auto& p : patterns) {
    bool hit = false;
    for (const auto& n : names) hit = hit || matches(p, n);
    if (!hit) {
      std::string hint = closest_match(p, names);
      problems.push_back({{"<command line>", 0, 0}, std::string("--") + what + " '" + p + "' matches no " + what +
                                                         (hint.empty() ? "" : " (did you mean '" + hint + "'?)")});
    }
  }
  if (!problems.empty()) throw input_error(problems);
}

}  // namespace

capability_set implied_requirements(const conformance_case& c) {
  capability_set need;
  bool needs_finite = false;
  for (const auto& s : c.steps) {
    // What the action's row says (action.hpp); a step that expects a type error needs the type to
    // lack the protocol instead (implied_forbids).
    const auto& row = info(s.act);
    if (s.expect.what != expectation::kind::type_error)
      for (const auto& cap : row.needs)
        if (cap) need.add(*cap);
    needs_finite = needs_finite || row.finite;
    // `v in it` walks the iterator: which items it passes is known only in order.
    if (s.act == action::contains && s.target != subject_name) need.add(capability::ordered);
    if (s.act == action::operate) {
      // A C++ operation binds the subjects that model its concept (iterator_operation.hpp).
      const auto& op = info(s.op);
      need.add(op.needs);
      if (op.ordered) need.add(capability::ordered);
      if (op.writes) need.add(capability::as_given);
      needs_finite = needs_finite || op.finite;
    }
    if (s.act == action::loop && info(s.consumer).needs) need.add(*info(s.consumer).needs);
    if (s.yields) need.add(capability::as_given);
    if (s.probe) {
      const probe_check& p = *s.probe;
      if (p.started || p.finished || p.produced || p.iters) need.add(capability::probed);
      if (p.iters) need.add(capability::range);
      if (p.calls) need.add(capability::callable);
      if (p.contains) need.add(capability::contains);
      if (p.index) need.add(capability::getitem);
    }
  }
  if (needs_finite && !c.required.has(capability::infinite)) need.add(capability::finite);
  if (c.raises_at) need.add(capability::raises);
  return need;
}

namespace {

// A step that expects a type error only makes sense where the type really lacks the protocol.
capability_set implied_forbids(const conformance_case& c) {
  capability_set out = c.forbids;
  for (const auto& s : c.steps) {
    if (s.expect.what != expectation::kind::type_error) continue;
    out.add(capability::iterable);
    if (s.act == action::contains) {
      out.add(capability::contains);
      out.add(capability::getitem);
    }
  }
  return out;
}

}  // namespace

namespace {

// An iterable subject with neither role: an input-only range whose registration declares neither
// single-pass nor anything else (register.hpp, detect_capabilities).
bool role_unspecified(const subject_entry& s) {
  return s.capabilities.has(capability::iterable) && !s.capabilities.has(capability::container) &&
         !s.capabilities.has(capability::iterator);
}

// The steps that call begin() on the subject itself (each handle taken of it begins at its first
// use; a loop or a membership test by iteration over the subject begins it too), counted
// conservatively: a handle taken and never used still counts.
std::size_t begins_of_subject(const subject_entry& s, const conformance_case& c) {
  std::size_t n = 0;
  for (const auto& st : c.steps) {
    if (st.act == action::iter && st.of.empty() && st.expect.what != expectation::kind::type_error) ++n;
    if (st.act == action::loop && st.target == subject_name) ++n;
    if (st.act == action::contains && st.target == subject_name && !s.capabilities.has(capability::contains)) ++n;
    if (st.act == action::operate && st.target == subject_name) ++n;
  }
  return n;
}

// [range.range]: begin() need not be equality-preserving unless its iterator is forward, so a
// second begin() on an input-only range may restart, continue or be undefined; a case that
// depends on it judges what C++ leaves open.
std::optional<std::string> second_begin_unspecified(const subject_entry& s, const conformance_case& c,
                                                    const capability_set& need) {
  if (!role_unspecified(s)) return std::nullopt;
  if (!need.has(capability::container) && !need.has(capability::iterator) && begins_of_subject(s, c) < 2)
    return std::nullopt;
  return std::string(
      "unspecified for input ranges: the case calls begin() on the subject more than once, which "
      "[range.range] leaves unspecified for a range that is not forward (it may restart or continue); "
      "declare .single_pass = true if it is meant to continue as one iteration, or .reiterable = true "
      "if every begin() starts it again");
}

// The length of the sequence the model gives (for the index walk), when finite.
std::optional<std::size_t> modelled_length(const subject_entry& s, const conformance_case& c) {
  if (is_infinite(s.traits.sequence)) return std::nullopt;
  if (s.traits.sequence == order::sorted_unique || s.traits.sequence == order::unique ||
      s.traits.sequence == order::insertion) {
    std::vector<value> distinct(c.given);
    std::sort(distinct.begin(), distinct.end());
    return static_cast<std::size_t>(std::unique(distinct.begin(), distinct.end()) - distinct.begin());
  }
  return c.given.size();
}

// A case that would call at(i) at or past size() on a subject whose at() has i < size() as a
// precondition (traits.hpp, bounds::unchecked): an index at or past the length, or an index walk
// (iteration or membership of an index-only subject), which ends only at the index error.
std::optional<std::string> index_past_end_undefined(const subject_entry& s, const conformance_case& c) {
  if (s.traits.at_bounds != bounds::unchecked || !s.capabilities.has(capability::getitem)) return std::nullopt;
  const bool index_only = !s.capabilities.has(capability::range) && !s.capabilities.has(capability::next_style);
  const auto length = modelled_length(s, c);
  for (const auto& st : c.steps) {
    const bool past_end = st.act == action::getitem && length && st.operand >= 0 &&
                          static_cast<std::size_t>(st.operand) >= *length;
    const bool walks = index_only && ((st.act == action::iter && st.of.empty()) ||
                                      (st.act == action::loop && st.target == subject_name) ||
                                      (st.act == action::contains && st.target == subject_name &&
                                       !s.capabilities.has(capability::contains)));
    if (past_end || walks)
      return std::string(
          "the case needs at(i) at or past size(), which is undefined behaviour unless the subject's at() "
          "checks its bounds: declare .at_bounds = iterconf::bounds::checked if at() throws there");
  }
  return std::nullopt;
}

// Why `c`, with the values it runs on, does not apply to `s`.
std::optional<std::string> why_not_on(const subject_entry& s, const conformance_case& c) {
  capability_set need = c.required;
  need.merge(implied_requirements(c));
  const capability_set forbids = implied_forbids(c);
  for (std::size_t i = 0; i < static_cast<std::size_t>(capability::count_); ++i) {
    auto cap = static_cast<capability>(i);
    // A role-less subject is told why it has no role (below), not that it lacks one.
    const bool role = cap == capability::container || cap == capability::iterator;
    if (role && role_unspecified(s)) continue;
    if (need.has(cap) && !s.capabilities.has(cap)) return "lacks capability '" + std::string(name_of(cap)) + "'";
    if (forbids.has(cap) && s.capabilities.has(cap))
      return "has capability '" + std::string(name_of(cap)) + "', which the case forbids";
  }
  if (auto reason = second_begin_unspecified(s, c, need)) return reason;
  if (auto reason = index_past_end_undefined(s, c)) return reason;
  if (s.traits.domain) {
    // A looked-up value is checked alone: only whether the subject can represent it matters. So
    // that a size a domain fixes does not count against it, it is checked as well in a list of
    // the given length, and fits if either fits.
    for (const auto& st : c.steps) {
      if (st.act != action::contains) continue;
      const value looked_up[] = {st.operand};
      const std::vector<value> as_long_as_given(c.given.size(), st.operand);
      if (auto reason = s.traits.domain(looked_up); reason && s.traits.domain(as_long_as_given))
        return "looked-up value outside the subject's domain: " + *reason;
    }
  }
  return std::nullopt;
}

}  // namespace

plan_item plan_for(const subject_entry& s, const conformance_case& c) {
  plan_item item{&s, &c, std::nullopt};
  if (s.traits.domain) {
    auto values = detail::shaped_given(s.traits.domain, c);
    if (auto* refused = std::get_if<std::string>(&values)) {
      // What the subject lacks comes first: shaping the values would not make the case apply.
      item.unsupported = why_not_on(s, c);
      if (!item.unsupported) item.unsupported = std::move(*refused);
      return item;
    }
    auto& shaped = std::get<std::vector<value>>(values);
    if (shaped != c.given) {
      auto copy = std::make_shared<conformance_case>(c);
      copy->given = std::move(shaped);
      item.shaped = copy;
      item.the_case = copy.get();
    }
  }
  item.unsupported = why_not_on(s, *item.the_case);
  return item;
}

std::optional<std::string> why_unsupported(const subject_entry& s, const conformance_case& c) {
  return plan_for(s, c).unsupported;
}

std::vector<plan_item> make_plan(const subject_registry& subjects, const std::vector<conformance_case>& cases,
                                 const selectors& select) {
  std::vector<std::string> subject_names, case_ids, rule_ids;
  for (const auto& s : subjects.entries()) subject_names.push_back(s.name);
  for (const auto& c : cases) {
    case_ids.push_back(c.id);
    rule_ids.insert(rule_ids.end(), c.rules.begin(), c.rules.end());
  }
  require_each_matches(select.subjects, subject_names, "subject");
  require_each_matches(select.cases, case_ids, "case");
  require_each_matches(select.rules, rule_ids, "rule");

  std::vector<plan_item> plan;
  for (const auto& s : subjects.entries()) {
    if (!any_matches(select.subjects, s.name)) continue;
    for (const auto& c : cases) {
      if (!case_selected(select, c)) continue;
      plan.push_back(plan_for(s, c));
    }
  }
  return plan;
}

}  // namespace iterconf

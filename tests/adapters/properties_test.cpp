// RapidCheck properties over every built-in subject, on random value sequences: exhaustion,
// laziness and the membership fallbacks, each against a plain model of the given values.
#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <algorithm>
#include <set>

#include <fnmatch.h>

#include "iterconf/expectations.hpp"
#include "iterconf/registry.hpp"

namespace iterconf {
namespace {

/// The items a subject built from `given` yields, in order when its order is defined.
std::vector<value> model_items(std::vector<value> given, order o) {
  switch (o) {
    case order::sorted: std::sort(given.begin(), given.end()); break;
    case order::sorted_unique:
    case order::unique:
      std::sort(given.begin(), given.end());
      given.erase(std::unique(given.begin(), given.end()), given.end());
      break;
    case order::insertion: {  // each value where it first occurred
      std::vector<value> first;
      for (value v : given)
        if (std::find(first.begin(), first.end(), v) == first.end()) first.push_back(v);
      return first;
    }
    default: break;
  }
  return given;
}

/// Random values the subject can represent (traits.hpp, shaped_for_domain).
std::vector<value> values_for(const subject_entry& s) {
  auto shaped = shaped_for_domain(s.traits.domain, *rc::gen::container<std::vector<value>>(rc::gen::inRange<value>(-20, 21)));
  if (!shaped) RC_DISCARD("no shape of values fits the subject's domain");
  return std::move(*shaped);
}

/// The rules a property checks, and the known deviations that exempt a subject from them.
bool deviation_known(const subject_entry& s, std::initializer_list<const char*> rules) {
  static const expectations_load known = load_expectations(ITERCONF_EXPECTATIONS);
  for (const auto& e : known.entries) {
    if (fnmatch(e.subject.c_str(), s.name.c_str(), 0) != 0) continue;
    for (const char* rule : rules)
      if (fnmatch(e.rule.c_str(), rule, 0) == 0) return true;
  }
  return false;
}

struct built {
  probe events;
  step_budget budget{100000};
  std::unique_ptr<subject_object> object;
};

std::unique_ptr<built> build(const subject_entry& s, const std::vector<value>& given) {
  auto b = std::make_unique<built>();
  // The sentinel lies outside the generated values, so a callable subject ends where the values do.
  b->object = s.make(subject_input{given, b->events, b->budget, std::nullopt, 1000});
  return b;
}

class builtin_subject : public ::testing::TestWithParam<std::string> {
 protected:
  const subject_entry& subject() const { return *subject_registry::global().find(GetParam()); }
};
// One suite per property, instantiated for the subjects it applies to.
class iterable_subject : public builtin_subject {};
class lazy_subject : public builtin_subject {};
class finite_subject : public builtin_subject {};

// [next.in-order], [next.end-signal], [exhaust.sticky]: after its n items next() ends, and keeps ending.
TEST_P(iterable_subject, exhaustion_is_reached_and_sticky) {
  const subject_entry& s = subject();
  if (deviation_known(s, {"next.in-order", "next.end-signal", "exhaust.sticky"})) GTEST_SKIP() << "known deviation";
  EXPECT_TRUE(rc::check("exhaustion of " + s.name, [&] {
    const auto given = values_for(s);
    const std::size_t extra = *rc::gen::inRange<std::size_t>(1, 6);
    auto b = build(s, given);
    auto it = std::get<iterator_ptr>(b->object->iter());
    if (s.capabilities.has(capability::infinite)) {
      for (std::size_t i = 0; i < given.size() + extra; ++i) RC_ASSERT(it->next().kind == signal_kind::item);
      return;
    }
    const auto want = model_items(given, s.traits.sequence);
    std::vector<value> seen;
    for (std::size_t i = 0; i < want.size(); ++i) {
      const signal got = it->next();
      RC_ASSERT(got.kind == signal_kind::item);
      seen.push_back(got.item);
    }
    auto expected = want;
    if (!s.capabilities.has(capability::ordered)) {
      std::sort(seen.begin(), seen.end());
      std::sort(expected.begin(), expected.end());
    }
    RC_ASSERT(seen == expected);
    for (std::size_t i = 0; i < extra; ++i) RC_ASSERT(it->next().kind == signal_kind::end);
  }));
}

// [gen.lazy-start], [gen.pause-at-yield]: nothing before the first next(), at most k plus the
// look-ahead after k of them.
TEST_P(lazy_subject, laziness_is_bounded_by_the_lookahead) {
  const subject_entry& s = subject();
  if (deviation_known(s, {"gen.lazy-start", "gen.pause-at-yield"})) GTEST_SKIP() << "known deviation";
  EXPECT_TRUE(rc::check("laziness of " + s.name, [&] {
    const auto given = values_for(s);
    auto b = build(s, given);
    RC_ASSERT(b->events.produced() == 0u);
    RC_ASSERT(!b->events.started());
    auto it = std::get<iterator_ptr>(b->object->iter());
    RC_ASSERT(b->events.produced() == 0u);
    const std::size_t available = s.capabilities.has(capability::infinite) ? given.size() + 10 : given.size();
    const std::size_t k = *rc::gen::inRange<std::size_t>(0, available + 1);
    for (std::size_t i = 0; i < k; ++i) RC_ASSERT(it->next().kind == signal_kind::item);
    RC_ASSERT(b->events.produced() >= k);
    RC_ASSERT(b->events.produced() <= k + s.traits.lookahead);
  }));
}

// [in.contains-first], [in.fallback.iterate], [in.fallback.getitem], [in.type-error]: every path
// answers as a linear search of the given values does, and the path is the first one available.
// (Infinite subjects are left out: membership of an absent value never ends.)
TEST_P(finite_subject, membership_agrees_with_linear_search) {
  const subject_entry& s = subject();
  if (deviation_known(s, {"in.contains-first", "in.fallback.iterate", "in.fallback.getitem", "in.type-error"}))
    GTEST_SKIP() << "known deviation";
  EXPECT_TRUE(rc::check("membership of " + s.name, [&] {
    const auto given = values_for(s);
    // Half the time a value that is there; shaped like the values when the domain asks for it.
    value v = given.empty() || *rc::gen::arbitrary<bool>() ? *rc::gen::inRange<value>(-25, 26)
                                                           : *rc::gen::elementOf(given);
    // A value the subject can represent: alone, or as a list of the given length (a fixed size
    // does not count against it), as the planner checks a looked-up value.
    const auto representable = [&](value x) {
      const value alone[] = {x};
      return !s.traits.domain || !s.traits.domain(alone) ||
             !s.traits.domain(std::vector<value>(given.size(), x));
    };
    for (value shaped : {v, v & 1, v < 0 ? -v : v}) {
      if (representable(shaped)) {
        v = shaped;
        break;
      }
    }
    RC_PRE(representable(v));
    auto b = build(s, given);
    const signal answer = b->object->contains(v);
    const auto& caps = s.capabilities;
    if (!caps.has(capability::contains) && !caps.has(capability::iterable)) {
      RC_ASSERT(answer.kind == signal_kind::type_error);
      RC_ASSERT(b->events.path() == membership_path::type_error);
      return;
    }
    RC_ASSERT(answer.kind == signal_kind::item);
    const bool expected = std::find(given.begin(), given.end(), v) != given.end();
    RC_ASSERT((answer.item == 1) == expected);
    const membership_path path = caps.has(capability::contains)                                 ? membership_path::contains
                                 : caps.has(capability::range) || caps.has(capability::next_style) ? membership_path::iterate
                                                                                                 : membership_path::index;
    RC_ASSERT(b->events.path() == path);
    if (path == membership_path::contains) RC_ASSERT(b->events.contains_calls() == 1u);
  }));
}

std::vector<std::string> subjects_with(std::initializer_list<capability> needed) {
  std::vector<std::string> out;
  for (const auto& s : subject_registry::global().entries()) {
    bool all = true;
    for (auto c : needed) all = all && s.capabilities.has(c);
    if (all) out.push_back(s.name);
  }
  return out;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string out;
  for (char c : info.param) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

INSTANTIATE_TEST_SUITE_P(builtin, iterable_subject, ::testing::ValuesIn(subjects_with({capability::iterable})), test_name);
INSTANTIATE_TEST_SUITE_P(builtin, lazy_subject, ::testing::ValuesIn(subjects_with({capability::lazy, capability::probed})),
                         test_name);
INSTANTIATE_TEST_SUITE_P(builtin, finite_subject, ::testing::ValuesIn(subjects_with({capability::finite})), test_name);

}  // namespace
}  // namespace iterconf

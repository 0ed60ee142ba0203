// Elements that are not integers, registered through the public API with an element_projection:
// the subject is driven as it is (its own contains, size and category), only its elements are
// read through the projection, and membership asks its own contains with the element a value
// stands for.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "iterconf/adapt/owned.hpp"
#include "iterconf/adapt/register.hpp"
#include "iterconf/executor.hpp"
#include "iterconf/loader.hpp"
#include "support/rule_book_for_tests.hpp"

/// A std::string holds a number in decimal.
template <>
struct iterconf::element_projection<std::string> {
  static iterconf::value to_value(const std::string& s) { return std::stoll(s); }
  static std::string from_value(iterconf::value v) { return std::to_string(v); }
};

namespace iterconf {
namespace {

/// Orders decimal strings by the numbers they hold, so that the set's order is the model's.
struct by_number {
  bool operator()(const std::string& a, const std::string& b) const { return std::stoll(a) < std::stoll(b); }
};

std::vector<std::string> given_as_strings(const subject_input& in) {
  std::vector<std::string> out;
  for (value v : in.given) out.push_back(std::to_string(v));
  return out;
}

const subject_registry& projected_subjects() {
  static const subject_registry registry = [] {
    subject_registry r;
    adapt::subject_family add(r, "projected");
    add.add("std::vector<std::string>", {}, [](const subject_input& in) { return given_as_strings(in); });
    add.add("std::set<std::string, by_number>", {.sequence = order::sorted_unique}, [](const subject_input& in) {
      auto strings = given_as_strings(in);
      return std::set<std::string, by_number>(strings.begin(), strings.end());
    });
    // owned: a view over storage the factory builds, the view's own category kept.
    add.add("owned(std::vector<std::string>) | views::reverse", {}, [](const subject_input& in) {
      auto strings = given_as_strings(in);
      std::reverse(strings.begin(), strings.end());
      return owned(std::move(strings), [](std::vector<std::string>& v) { return std::views::reverse(v); });
    });
    return r;
  }();
  return registry;
}

const std::vector<conformance_case>& all_cases() {
  static const auto loaded = load_cases(ITERCONF_CASES_DIR, testing::project_rules());
  return loaded.cases;
}

TEST(projection, the_subject_keeps_its_own_capabilities) {
  const auto& vec = projected_subjects().find("std::vector<std::string>")->capabilities;
  for (auto c : {capability::random_access, capability::contiguous, capability::sized, capability::getitem,
                 capability::writable})
    EXPECT_TRUE(vec.has(c)) << name_of(c);
  // The set's contains takes a std::string: asked with from_value's element, it is its own.
  EXPECT_TRUE(projected_subjects().find("std::set<std::string, by_number>")->capabilities.has(capability::contains));
}

TEST(projection, projected_subjects_pass_every_case_that_applies) {
  for (const auto& s : projected_subjects().entries()) {
    std::size_t passed = 0;
    for (const auto& item : make_plan(projected_subjects(), all_cases(), {{s.name}, {}, {}})) {
      const case_result r = execute(item);
      EXPECT_TRUE(r.result == outcome::pass || r.result == outcome::unsupported)
          << s.name << " " << r.case_id << ": " << name_of(r.result) << " " << r.step << " expected " << r.expected
          << " observed " << r.observed << " " << r.message;
      if (r.result == outcome::pass) ++passed;
    }
    EXPECT_GT(passed, 60u) << s.name;
  }
}

TEST(projection, membership_goes_through_the_subjects_own_contains_with_the_projected_element) {
  probe events;
  step_budget budget(100);
  const std::vector<value> given = {3, 10, 2};
  auto set = projected_subjects().find("std::set<std::string, by_number>")->make({given, events, budget, std::nullopt, -1});
  EXPECT_EQ(set->contains(10).item, 1);
  EXPECT_EQ(set->contains(4).item, 0);
  EXPECT_EQ(events.contains_calls(), 2u);
}

}  // namespace
}  // namespace iterconf

// A fixed-size subject (domain::exactly(n): std::array<T, n>, Eigen::Vector4i): a case whose values
// it cannot hold runs on them shaped to fit, or is UNSUPPORTED with the reason; generated values
// are cut or extended to fit instead of being discarded.
#include <gtest/gtest.h>

#include <array>

#include "iterconf/adapt/register.hpp"
#include "iterconf/executor.hpp"
#include "iterconf/loader.hpp"
#include "support/rule_book_for_tests.hpp"

namespace iterconf {
namespace {

// A fixed-size array that iterates one item short: the shaped cases must catch it.
struct drops_its_last {
  std::array<value, 3> items{};
  [[nodiscard]] const value* begin() const { return items.data(); }
  [[nodiscard]] const value* end() const { return items.data() + items.size() - 1; }
};

std::array<value, 3> held(const subject_input& in) {
  std::array<value, 3> a{};
  std::copy_n(in.given.begin(), std::min<std::size_t>(in.given.size(), a.size()), a.begin());
  return a;
}

const subject_registry& fixed_size_subjects() {
  static const subject_registry registry = [] {
    subject_registry r;
    adapt::subject_family add(r, "fixed");
    add.add("std::array<int64,3>", {.domain = domain::exactly(3)}, [](const subject_input& in) { return held(in); });
    add.add("drops_its_last", {.domain = domain::exactly(3)},
            [](const subject_input& in) { return drops_its_last{held(in)}; });
    // Only planned, never run: a case with an injected error applies to it.
    add.add("declared_raising", {.raises = true, .domain = domain::exactly(3)}, [](const subject_input& in) { return held(in); });
    return r;
  }();
  return registry;
}

const subject_entry& fixed(const char* name) { return *fixed_size_subjects().find(name); }

conformance_case case_of(std::vector<value> given, std::vector<step> steps = {}) {
  conformance_case c;
  c.id = "shaping.example";
  c.given = std::move(given);
  c.steps = std::move(steps);
  return c;
}

step contains_step(value v) {
  step s;
  s.act = action::contains;
  s.target = std::string(subject_name);
  s.operand = v;
  return s;
}

// Every case of another length runs on its values shaped to three, unless a claim of its steps
// was written for its own values: then it is UNSUPPORTED and says which step, never FAIL.
TEST(fixed_size, cases_of_other_lengths_run_on_values_shaped_to_the_size_or_say_why_not) {
  const auto loaded = load_cases(ITERCONF_CASES_DIR, testing::project_rules());
  std::size_t passed = 0, shaped_passed = 0, shaped_refused = 0;
  for (const auto& item : make_plan(fixed_size_subjects(), loaded.cases, {})) {
    if (item.subject->name != "std::array<int64,3>") continue;
    const case_result r = execute(item);
    EXPECT_TRUE(r.result == outcome::pass || r.result == outcome::unsupported)
        << r.case_id << ": " << name_of(r.result) << " " << r.step << " " << r.observed << " " << r.message;
    if (!item.unsupported) {
      EXPECT_EQ(item.the_case->given.size(), 3u) << r.case_id;  // what runs fits
    }
    if (r.result == outcome::pass) ++passed;
    if (item.shaped && r.result == outcome::pass) {
      ++shaped_passed;
      EXPECT_EQ(r.message.rfind("run on the given values shaped to the subject's domain (exactly 3 values): [", 0), 0u)
          << r.message;
    }
    if (item.shaped && r.result == outcome::unsupported &&
        r.message.rfind("given values outside the subject's domain (exactly 3 values), and step ", 0) == 0)
      ++shaped_refused;
  }
  EXPECT_GT(passed, 100u);
  EXPECT_GT(shaped_passed, 50u);
  EXPECT_GT(shaped_refused, 10u);
}

TEST(fixed_size, a_subject_that_drops_its_last_item_fails_on_shaped_values) {
  const auto loaded = load_cases(ITERCONF_CASES_DIR, testing::project_rules());
  std::size_t failed_shaped = 0;
  for (const auto& item : make_plan(fixed_size_subjects(), loaded.cases, {})) {
    if (item.subject->name != "drops_its_last" || !item.shaped) continue;
    const case_result r = execute(item);
    if (r.result == outcome::fail) {
      ++failed_shaped;
      EXPECT_NE(r.message.find("shaped to the subject's domain (exactly 3 values)"), std::string::npos) << r.message;
    }
  }
  EXPECT_GT(failed_shaped, 5u);
}

TEST(fixed_size, values_are_extended_by_values_the_case_never_names) {
  // 3 is looked up: the values appended skip it, so "3 in subject" still means what it says.
  const auto item = plan_for(fixed("std::array<int64,3>"), case_of({1}, {contains_step(3)}));
  ASSERT_TRUE(item.shaped);
  EXPECT_EQ(item.the_case->given, (std::vector<value>{1, 2, 4}));
  EXPECT_EQ(item.unsupported, std::nullopt);
  EXPECT_EQ(plan_for(fixed("std::array<int64,3>"), case_of({9, 8, 7, 6})).the_case->given,
            (std::vector<value>{9, 8, 7}));
  EXPECT_FALSE(plan_for(fixed("std::array<int64,3>"), case_of({4, 5, 6})).shaped);  // it fits as it is
}

TEST(fixed_size, values_are_not_cut_before_the_injected_error_nor_shaped_under_probe_counts) {
  auto raising = case_of({1, 2, 3, 4, 5});
  raising.raises_at = 4;
  EXPECT_EQ(why_unsupported(fixed("declared_raising"), raising),
            "given values outside the subject's domain: 5 values, and the subject holds exactly 3; "
            "no list of up to 8 values fits");
  step walk;
  walk.act = action::probe;
  walk.probe.emplace();
  walk.probe->index = std::vector<std::size_t>{0, 1};
  EXPECT_EQ(why_unsupported(fixed("std::array<int64,3>"), case_of({1, 2}, {walk})),
            "given values outside the subject's domain: 2 values, and the subject holds exactly 3; the case's probe "
            "claims count a walk over its own values, so they cannot be shaped");
}

TEST(fixed_size, a_looked_up_value_is_not_refused_for_the_size_alone) {
  conformance_case c;
  c.given = {1, 2, 3};
  step looks_up;
  looks_up.act = action::contains;
  looks_up.target = std::string(subject_name);
  looks_up.operand = 2;
  c.steps = {looks_up};
  EXPECT_EQ(why_unsupported(fixed("std::array<int64,3>"), c), std::nullopt);
}

TEST(fixed_size, generated_values_are_cut_or_extended_to_the_size) {
  EXPECT_EQ(shaped_for_domain(domain::exactly(4), {7, 9}), (std::vector<value>{7, 9, 10, 11}));
  EXPECT_EQ(shaped_for_domain(domain::exactly(2), {5, 1, 4, 8}), (std::vector<value>{5, 1}));
  EXPECT_EQ(shaped_for_domain(domain::exactly(0), {5}), std::vector<value>{});
  // The nearest length that fits, shorter first: a capacity of 3 keeps three of five values.
  EXPECT_EQ(shaped_for_domain(domain::at_most(3), {1, 2, 3, 4, 5}), (std::vector<value>{1, 2, 3}));
  EXPECT_EQ(shaped_for_domain(domain::exactly(9), {1}), std::nullopt);  // beyond the shaping limit of 8
}

}  // namespace
}  // namespace iterconf

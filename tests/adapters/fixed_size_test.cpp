// A fixed-size subject (domain::exactly(n): std::array<T, n>, Eigen::Vector4i): the cases whose
// values it cannot hold are UNSUPPORTED with the reason, the others run, and generated values are
// cut or extended to fit instead of being discarded.
#include <gtest/gtest.h>

#include <array>

#include "iterconf/adapt/register.hpp"
#include "iterconf/executor.hpp"
#include "iterconf/loader.hpp"
#include "support/rule_book_for_tests.hpp"

namespace iterconf {
namespace {

const subject_registry& fixed_size_subjects() {
  static const subject_registry registry = [] {
    subject_registry r;
    adapt::subject_family add(r, "fixed");
    add.add("std::array<int64,3>", {.domain = domain::exactly(3)}, [](const subject_input& in) {
      std::array<value, 3> a{};
      std::copy_n(in.given.begin(), std::min<std::size_t>(in.given.size(), a.size()), a.begin());
      return a;
    });
    return r;
  }();
  return registry;
}

TEST(fixed_size, cases_of_other_lengths_are_unsupported_and_the_others_pass) {
  const auto loaded = load_cases(ITERCONF_CASES_DIR, testing::project_rules());
  std::size_t passed = 0, outside = 0;
  for (const auto& item : make_plan(fixed_size_subjects(), loaded.cases, {})) {
    const case_result r = execute(item);
    EXPECT_TRUE(r.result == outcome::pass || r.result == outcome::unsupported)
        << r.case_id << ": " << name_of(r.result) << " " << r.step << " " << r.observed << " " << r.message;
    if (r.result == outcome::pass) ++passed;
    if (item.the_case->given.size() != 3) {
      EXPECT_EQ(r.result, outcome::unsupported) << r.case_id;
    }
    if (r.message.rfind("given values outside the subject's domain: ", 0) == 0) {
      ++outside;
      EXPECT_NE(item.the_case->given.size(), 3u) << r.case_id;
      EXPECT_NE(r.message.find(" values, and the subject holds exactly 3"), std::string::npos) << r.message;
    }
  }
  EXPECT_GT(passed, 20u);
  EXPECT_GT(outside, 100u);
}

TEST(fixed_size, a_looked_up_value_is_not_refused_for_the_size_alone) {
  conformance_case c;
  c.given = {1, 2, 3};
  step looks_up;
  looks_up.act = action::contains;
  looks_up.target = std::string(subject_name);
  looks_up.operand = 2;
  c.steps = {looks_up};
  EXPECT_EQ(why_unsupported(*fixed_size_subjects().find("std::array<int64,3>"), c), std::nullopt);
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

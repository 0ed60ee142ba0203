// The planner: capabilities, implied requirements, domains and selectors.
#include <gtest/gtest.h>

#include "iterconf/loader.hpp"
#include "iterconf/plan.hpp"
#include "support/rule_book_for_tests.hpp"
#include "support/temp_dir.hpp"

namespace iterconf {
namespace {

conformance_case one_case(const std::string& text) {
  testing::temp_dir dir;
  auto loaded = load_case_file(dir.write("c.yaml", text), testing::project_rules());
  EXPECT_TRUE(loaded.problems.empty()) << (loaded.problems.empty() ? "" : loaded.problems.front().str());
  return loaded.cases.at(0);
}

const subject_entry& subject(const std::string& name) {
  const subject_entry* s = subject_registry::global().find(name);
  EXPECT_NE(s, nullptr) << name;
  return *s;
}

TEST(planner, steps_imply_what_they_need) {
  const auto c = one_case(
      "- id: x.y\n  rule: cxx.forward.multipass\n  summary: s\n  steps:\n    - iter: a\n    - copy: b\n      of: a\n"
      "    - size: subject\n    - next: a\n      yields: 1\n");
  const capability_set need = implied_requirements(c);
  for (auto cap : {capability::iterable, capability::forward, capability::sized, capability::finite, capability::as_given})
    EXPECT_TRUE(need.has(cap)) << name_of(cap);
  EXPECT_FALSE(need.has(capability::getitem));
}

TEST(planner, a_case_listing_infinite_does_not_need_finite) {
  const auto c = one_case("- id: x.y\n  rule: gen.infinite-partial\n  summary: s\n  requires: [infinite]\n  steps:\n"
                          "    - contains: 5\n");
  EXPECT_FALSE(implied_requirements(c).has(capability::finite));
}

TEST(planner, unsupported_names_the_missing_capability) {
  const auto c = one_case("- id: x.y\n  rule: cxx.forward.multipass\n  summary: s\n  steps:\n    - iter: a\n"
                          "    - copy: b\n      of: a\n");
  EXPECT_EQ(why_unsupported(subject("seed::java_iterator"), c), "lacks capability 'forward'");
  EXPECT_EQ(why_unsupported(subject("std::vector<int>"), c), std::nullopt);
}

TEST(planner, a_type_error_step_forbids_the_protocol) {
  const auto c = one_case("- id: x.y\n  rule: iter.not-iterable\n  summary: s\n  steps:\n    - iter: a\n"
                          "      expect: type-error\n");
  EXPECT_EQ(why_unsupported(subject("std::vector<int>"), c), "has capability 'iterable', which the case forbids");
  EXPECT_EQ(why_unsupported(subject("seed::contains_only"), c), std::nullopt);
}

TEST(planner, values_outside_the_domain_run_shaped_to_it_or_are_unsupported) {
  const auto c = one_case("- id: x.y\n  rule: next.in-order\n  summary: s\n  given: [1, 300]\n  steps:\n    - iter: a\n");
  EXPECT_EQ(why_unsupported(subject("std::string"), c), std::nullopt);
  EXPECT_EQ(plan_for(subject("std::string"), c).the_case->given, std::vector<value>{1});
  const auto lookup = one_case("- id: x.y\n  rule: in.fallback.iterate\n  summary: s\n  given: [1]\n  steps:\n"
                               "    - contains: 1000\n");
  EXPECT_EQ(why_unsupported(subject("std::string"), lookup),
            "looked-up value outside the subject's domain: value 1000 is outside [-128, 127]");
  const auto gap = one_case("- id: x.y\n  rule: next.in-order\n  summary: s\n  given: [1, 3]\n  steps:\n    - iter: a\n");
  EXPECT_EQ(plan_for(subject("seed::yrange"), gap).the_case->given, std::vector<value>{1});
  // Probe counts of a walk over the case's own values cannot be shaped.
  const auto counted = one_case("- id: x.y\n  rule: next.in-order\n  summary: s\n  given: [1, 3]\n  steps:\n"
                                "    - iter: a\n    - drain: a\n      probe: {produced: 2}\n");
  EXPECT_EQ(why_unsupported(subject("seed::yrange"), counted),
            "given values outside the subject's domain: values are not consecutive ascending integers; the case's "
            "probe claims count a walk over its own values, so they cannot be shaped");
}

TEST(planner, selectors_pick_subjects_cases_and_rules) {
  const auto c = one_case("- id: x.y\n  rule: next.in-order\n  summary: s\n  steps:\n    - iter: a\n");
  const std::vector<conformance_case> cases{c};
  const auto plan = make_plan(subject_registry::global(), cases, {{"std::*list<int>"}, {"x.*"}, {"next.*"}});
  ASSERT_EQ(plan.size(), 2u);
  EXPECT_EQ(plan[0].subject->name, "std::list<int>");
  EXPECT_EQ(plan[1].subject->name, "std::forward_list<int>");
}

TEST(planner, a_selector_that_matches_nothing_is_an_input_error) {
  const auto c = one_case("- id: x.y\n  rule: next.in-order\n  summary: s\n  steps:\n    - iter: a\n");
  try {
    make_plan(subject_registry::global(), {c}, {{"std::vectr<int>"}, {}, {}});
    FAIL() << "no error";
  } catch (const input_error& e) {
    ASSERT_EQ(e.problems().size(), 1u);
    EXPECT_EQ(e.problems()[0].str(),
              "<command line>: error: --subject 'std::vectr<int>' matches no subject (did you mean 'std::vector<int>'?)");
  }
}

}  // namespace
}  // namespace iterconf

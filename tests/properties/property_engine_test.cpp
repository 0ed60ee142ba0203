// The property engine itself: its properties cite rules that exist, a failure replays from its
// seed and shrinks to a minimal sequence, and every mutant of the zoo fails some property.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "iterconf/loader.hpp"
#include "iterconf/properties.hpp"
#include "mutants/zoo.hpp"

namespace iterconf {
namespace {

const subject_entry& mutant(const std::string& name) {
  const auto* s = mutants::zoo().find(name);
  if (s == nullptr) throw std::logic_error("no mutant " + name);
  return *s;
}

TEST(properties, cite_only_rules_of_the_spec) {
  const auto rules = load_rules(std::filesystem::path(ITERCONF_SPEC_DIR) / "rules.yaml");
  ASSERT_TRUE(rules.problems.empty());
  std::set<std::string> names;
  for (const auto& p : properties::catalog()) {
    EXPECT_TRUE(names.insert(p.name).second) << p.name;
    EXPECT_EQ(p.name.rfind("prop.", 0), 0u) << p.name;
    EXPECT_FALSE(p.rules.empty()) << p.name;
    for (const auto& r : p.rules) EXPECT_NE(rules.book.find(r), nullptr) << p.name << " cites " << r;
  }
}

// prop.positions draws the C++ operations: they are not mixed into prop.protocol.
TEST(properties, the_mixed_property_checks_every_rule_the_other_protocol_properties_do) {
  const auto* mixed = properties::find_property("prop.protocol");
  ASSERT_NE(mixed, nullptr);
  for (const auto& p : properties::catalog())
    for (const auto& r : p.cxx_operations ? std::vector<std::string>{} : p.rules)
      EXPECT_NE(std::find(mixed->rules.begin(), mixed->rules.end(), r), mixed->rules.end()) << r;
}

TEST(properties, an_inapplicable_property_says_which_capability_is_missing) {
  const auto& vector = *subject_registry::global().find("std::vector<int>");
  EXPECT_EQ(properties::why_not_applicable(*properties::find_property("prop.callable"), vector),
            "lacks capability 'callable'");
  EXPECT_EQ(properties::check(*properties::find_property("prop.laziness"), vector, 1, {}).result, outcome::unsupported);
}

// A shrunk failure of a restarting iterator: the fewest steps that show the end is not sticky.
TEST(properties, a_failure_shrinks_to_a_minimal_sequence) {
  const auto r = properties::check(*properties::find_property("prop.sequence"), mutant("mutant::end_restarts"), 7, {});
  ASSERT_EQ(r.result, outcome::fail);
  // The end again (`next` after the end, or a loop after a loop that ended it), and items instead.
  EXPECT_TRUE(r.expected == "end" || r.expected == "[] then end") << r.expected;
  EXPECT_NE(r.observed.find("item ") == 0 ? 0 : r.observed.find("] then end"), std::string::npos) << r.observed;
  // given [v], iter, a walk to the end, one more walk: three steps at most.
  EXPECT_LE(r.failing_step, 3u) << r.counterexample;
  EXPECT_NE(r.counterexample.find("given ["), std::string::npos) << r.counterexample;
  EXPECT_NE(r.counterexample.find("-> FAIL: expected " + r.expected + ", observed " + r.observed), std::string::npos)
      << r.counterexample;
}

TEST(properties, the_same_seed_replays_the_same_failure) {
  const auto& p = *properties::find_property("prop.protocol");
  const auto& s = mutant("mutant::one_cursor_container");
  const auto first = properties::check(p, s, 42, {});
  const auto again = properties::check(p, s, 42, {});
  ASSERT_EQ(first.result, outcome::fail);
  EXPECT_EQ(first.counterexample, again.counterexample);
  EXPECT_EQ(first.passed, again.passed);
  EXPECT_EQ(first.shrinks, again.shrinks);
}

TEST(properties, check_seeds_differ_by_property_and_subject) {
  EXPECT_EQ(properties::check_seed(1, "prop.sequence", "a"), properties::check_seed(1, "prop.sequence", "a"));
  EXPECT_NE(properties::check_seed(1, "prop.sequence", "a"), properties::check_seed(1, "prop.sequence", "b"));
  EXPECT_NE(properties::check_seed(1, "prop.sequence", "a"), properties::check_seed(1, "prop.size", "a"));
  EXPECT_NE(properties::check_seed(1, "prop.sequence", "a"), properties::check_seed(2, "prop.sequence", "a"));
}

TEST(properties, a_failure_becomes_a_case_result_with_its_rules_step_and_seed) {
  const auto& p = *properties::find_property("prop.size");
  const auto& s = mutant("mutant::size_one_more");
  const auto r = properties::check(p, s, 3, {});
  ASSERT_EQ(r.result, outcome::fail);
  const case_result c = properties::to_case_result(p, s, r);
  EXPECT_EQ(c.case_id, "prop.size");
  EXPECT_EQ(c.area, "prop");
  EXPECT_EQ(c.rules, std::vector<std::string>{"cxx.sized.size-is-distance"});
  EXPECT_EQ(c.step_number, r.failing_step);
  EXPECT_EQ(c.step, "size: subject");
  EXPECT_EQ(c.message.rfind("seed 3, after ", 0), 0u) << c.message;
}

TEST(properties, the_pool_runs_checks_in_child_processes_in_job_order) {
  const auto& p = *properties::find_property("prop.sequence");
  std::vector<properties::check_job> jobs = {{&p, &mutant("mutant::end_restarts")},
                                             {&p, subject_registry::global().find("std::vector<int>")},
                                             {&p, &mutant("mutant::contains_skips_first")}};
  const auto results = properties::run_checks(jobs, 9, {}, {.jobs = 2});
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0].result, outcome::fail);
  EXPECT_EQ(results[1].result, outcome::pass);
  EXPECT_EQ(results[2].result, outcome::unsupported);  // contains-only: nothing to iterate
  const auto here = properties::check(p, mutant("mutant::end_restarts"), 9, {});
  EXPECT_EQ(results[0].counterexample, here.counterexample);
}

class zoo_mutant : public ::testing::TestWithParam<std::string> {};

// Every mutant fails some property citing the rule it breaks: prop.protocol, which cites every
// rule of the protocol properties, for the protocol's mutants; prop.positions for the C++ operations'.
// A bug that sends a walk outside the range may show as a TIMEOUT (the step budget), which fails
// the gate as a FAIL does.
TEST_P(zoo_mutant, fails_a_property_citing_the_rule_it_breaks) {
  const subject_entry& s = mutant(GetParam());
  const std::string rule(mutants::broken_rule(GetParam()));
  std::vector<std::string> failed;
  for (const auto& p : properties::catalog())
    if (std::find(p.rules.begin(), p.rules.end(), rule) != p.rules.end() &&
        fails_gate(properties::check(p, s, 11, {}).result))
      failed.push_back(p.name);
  EXPECT_FALSE(failed.empty()) << GetParam() << " breaks " << rule;
}

std::vector<std::string> mutant_names() {
  std::vector<std::string> out;
  for (const auto& m : mutants::catalog()) out.push_back(m.name);
  return out;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) { return info.param.substr(8); }

INSTANTIATE_TEST_SUITE_P(zoo, zoo_mutant, ::testing::ValuesIn(mutant_names()), test_name);

TEST(zoo, holds_at_least_thirty_mutants_each_naming_a_rule_outside_the_global_registry) {
  const auto rules = load_rules(std::filesystem::path(ITERCONF_SPEC_DIR) / "rules.yaml");
  EXPECT_GE(mutants::catalog().size(), 30u);
  std::set<std::string> names;
  for (const auto& m : mutants::catalog()) {
    EXPECT_TRUE(names.insert(m.name).second) << m.name;
    EXPECT_NE(rules.book.find(m.rule), nullptr) << m.name << " breaks " << m.rule;
    EXPECT_EQ(subject_registry::global().find(m.name), nullptr) << m.name << " is in the default run";
    EXPECT_FALSE(mutants::zoo().find(m.name)->traits.description.empty()) << m.name;
  }
  EXPECT_EQ(mutants::broken_rule("mutant::end_restarts"), "exhaust.sticky");
}

}  // namespace
}  // namespace iterconf

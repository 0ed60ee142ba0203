// A property's shrunk failure written as a case: loaded back, it fails the mutant it was found
// on the same way, at its last step, and passes on a correct subject.
#include <gtest/gtest.h>

#include <iostream>

#include "iterconf/executor.hpp"
#include "iterconf/loader.hpp"
#include "iterconf/properties.hpp"
#include "mutants/zoo.hpp"
#include "support/rule_book_for_tests.hpp"
#include "support/temp_dir.hpp"

namespace iterconf {
namespace {

conformance_case loaded_back(const std::string& text) {
  testing::temp_dir dir;
  auto loaded = load_case_file(dir.write("found.yaml", text), testing::project_rules());
  EXPECT_TRUE(loaded.problems.empty()) << (loaded.problems.empty() ? "" : loaded.problems.front().str()) << "\n" << text;
  if (loaded.cases.size() != 1) throw std::logic_error("expected one case in:\n" + text);
  return loaded.cases.front();
}

/// The case replayed on the subject the property failed: the same failure, at its last step.
case_result replays_at_last_step(const conformance_case& c, const subject_entry& s, const properties::check_result& found) {
  const case_result replayed = execute({&s, &c, std::nullopt});
  EXPECT_EQ(replayed.result, outcome::fail);
  EXPECT_EQ(replayed.step_number, c.steps.size());
  EXPECT_EQ(replayed.expected, found.expected);
  EXPECT_EQ(replayed.observed, found.observed);
  return replayed;
}

/// A correct subject passes the case.
void passes_on(const conformance_case& c, const char* correct) {
  const auto* s = subject_registry::global().find(correct);
  ASSERT_NE(s, nullptr) << correct;
  EXPECT_EQ(execute({s, &c, std::nullopt}).result, outcome::pass) << correct;
}

TEST(regression_case, a_shrunk_failure_replays_as_the_same_failure_at_its_last_step) {
  const auto& p = *properties::find_property("prop.positions");
  const auto& bad = *mutants::zoo().find("mutant::less_inverted");
  const auto found = properties::check(p, bad, 42, {});
  ASSERT_EQ(found.result, outcome::fail);
  ASSERT_FALSE(found.regression_case.empty());
  EXPECT_EQ(found.failing_rules.front(), "cxx.random.order");

  const conformance_case c = loaded_back(found.regression_case);
  EXPECT_EQ(c.rules.front(), "cxx.random.order");
  EXPECT_EQ(c.id.rfind("cxx.random.order.found-by-positions.mutant-less-inverted.seed-42", 0), 0u) << c.id;
  const case_result replayed = replays_at_last_step(c, bad, found);
  EXPECT_EQ(replayed.step, found.step);
  passes_on(c, "std::vector<int>");  // it tests the rule, not the mutant
}

TEST(regression_case, the_shrunk_case_keeps_only_the_steps_the_failure_needs) {
  const auto& p = *properties::find_property("prop.positions");
  const auto found = properties::check(p, *mutants::zoo().find("mutant::end_decrement_skips_last"), 42, {});
  ASSERT_EQ(found.result, outcome::fail);
  const conformance_case c = loaded_back(found.regression_case);
  // Removing any one step no longer fails the same way: each is needed.
  for (std::size_t i = 0; i + 1 < c.steps.size(); ++i) {
    conformance_case fewer = c;
    fewer.steps.erase(fewer.steps.begin() + static_cast<std::ptrdiff_t>(i));
    const auto r = execute({mutants::zoo().find("mutant::end_decrement_skips_last"), &fewer, std::nullopt});
    EXPECT_FALSE(r.result == outcome::fail && r.observed == found.observed && r.step_number == fewer.steps.size())
        << "step " << i + 1 << " of\n" << found.regression_case;
  }
}

TEST(regression_case, a_protocol_failure_replays_as_the_same_failure_at_the_same_step) {
  const auto& p = *properties::find_property("prop.sequence");
  const auto& bad = *mutants::zoo().find("mutant::end_restarts");
  const auto found = properties::check(p, bad, 42, {});
  ASSERT_EQ(found.result, outcome::fail);
  EXPECT_EQ(found.regression_case.rfind("# prop.sequence on mutant::end_restarts, seed 42: step " +
                                            std::to_string(found.failing_step) + " of the shrunk case, ",
                                        0),
            0u)
      << found.regression_case;

  const conformance_case c = loaded_back(found.regression_case);
  EXPECT_EQ(c.rules, p.rules);
  EXPECT_EQ(c.id.rfind("next.in-order.found-by-sequence.mutant-end-restarts.seed-42", 0), 0u) << c.id;
  const case_result replayed = replays_at_last_step(c, bad, found);
  EXPECT_EQ(replayed.step_number, found.failing_step);
  passes_on(c, "seed::list_iterator");  // a correct next-style object
}

TEST(regression_case, a_failing_probe_is_written_as_the_probe_that_fails) {
  const auto& p = *properties::find_property("prop.iterations");
  const auto& bad = *mutants::zoo().find("mutant::begins_twice");
  const auto found = properties::check(p, bad, 42, {});
  ASSERT_EQ(found.result, outcome::fail);
  EXPECT_EQ(found.expected.rfind("iters ", 0), 0u) << found.expected;
  const conformance_case c = loaded_back(found.regression_case);
  ASSERT_TRUE(c.steps.back().probe.has_value()) << found.regression_case;
  EXPECT_TRUE(c.steps.back().probe->by_model.iters) << found.regression_case;
  const case_result replayed = execute({&bad, &c, std::nullopt});
  EXPECT_EQ(replayed.result, outcome::fail);
  EXPECT_EQ(replayed.step_number, c.steps.size());
}

// Every failure a property finds on the zoo is a case that fails the mutant at its last step:
// a property's sequence is a case, run by the same runner against the same model.
TEST(regression_case, every_property_failure_on_the_zoo_is_a_case_failing_at_its_last_step) {
  std::size_t cases = 0;
  for (const auto& p : properties::catalog()) {
    if (p.cxx_operations) continue;
    for (const auto& m : mutants::zoo().entries()) {
      const auto found = properties::check(p, m, 1, {});
      if (found.result != outcome::fail) continue;
      ASSERT_NE(found.regression_case.find("\n- id: "), std::string::npos) << found.regression_case;
      const conformance_case c = loaded_back(found.regression_case);
      const case_result replayed = execute({&m, &c, std::nullopt});
      EXPECT_EQ(replayed.result, outcome::fail) << p.name << " on " << m.name << "\n" << found.regression_case;
      EXPECT_EQ(replayed.step_number, c.steps.size()) << p.name << " on " << m.name;
      ++cases;
    }
  }
  EXPECT_GT(cases, 0u);
  std::cout << "property failures on the zoo: " << cases << " written as cases\n";
}

}  // namespace
}  // namespace iterconf

// A property's shrunk failure written as a case: loaded back, it fails the mutant it was found
// on the same way, at its last step, and passes on a correct subject.
#include <gtest/gtest.h>

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
  const case_result replayed = execute({&bad, &c, std::nullopt});
  EXPECT_EQ(replayed.result, outcome::fail);
  EXPECT_EQ(replayed.step_number, c.steps.size());
  EXPECT_EQ(replayed.step, found.step);
  EXPECT_EQ(replayed.expected, found.expected);
  EXPECT_EQ(replayed.observed, found.observed);

  // A correct random-access subject passes the same case: it tests the rule, not the mutant.
  const auto* vector = subject_registry::global().find("std::vector<int>");
  ASSERT_NE(vector, nullptr);
  EXPECT_EQ(execute({vector, &c, std::nullopt}).result, outcome::pass);
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

}  // namespace
}  // namespace iterconf

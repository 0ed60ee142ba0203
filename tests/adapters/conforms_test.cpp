// iterconf::conforms: one type checked from a test of your own, with no subjects file or runner.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "iterconf/conforms.hpp"

namespace {

iterconf::conformance_options from_source_tree() { return {ITERCONF_CASES_DIR, ITERCONF_SPEC_DIR, "", {}}; }

// A container whose begin() skips the first element: it breaks next.in-order.
struct skips_first {
  std::vector<int> items;
  auto begin() const { return items.empty() ? items.begin() : items.begin() + 1; }
  auto end() const { return items.end(); }
};

std::string printed(const iterconf::conformance& verdict) {
  std::ostringstream out;
  out << verdict;
  return out.str();
}

TEST(conforms, passes_a_conforming_type_and_prints_its_totals) {
  const auto verdict = iterconf::conforms(
      "std::vector<int>", {}, [](const iterconf::subject_input& in) { return std::vector<int>(in.given.begin(), in.given.end()); },
      from_source_tree());
  EXPECT_TRUE(verdict) << verdict;
  EXPECT_GT(verdict.totals().of(iterconf::outcome::pass), 100U);
  EXPECT_NE(printed(verdict).find(" PASS"), std::string::npos);
}

TEST(conforms, fails_a_broken_type_at_the_case_files_line) {
  const auto verdict = iterconf::conforms(
      "skips_first", {}, [](const iterconf::subject_input& in) { return skips_first{{in.given.begin(), in.given.end()}}; },
      from_source_tree());
  EXPECT_FALSE(verdict);
  const std::string text = printed(verdict);
  EXPECT_NE(text.find(std::string(ITERCONF_CASES_DIR) + "/next.yaml:"), std::string::npos) << text;
  EXPECT_NE(text.find(": FAIL skips_first next.in-order."), std::string::npos) << text;
  EXPECT_NE(text.find("\n  expected: "), std::string::npos) << text;
}

TEST(conforms, says_why_when_the_cases_cannot_be_read) {
  const auto verdict = iterconf::conforms(
      "std::vector<int>", {}, [](const iterconf::subject_input& in) { return std::vector<int>(in.given.begin(), in.given.end()); },
      {"/nonexistent/cases", ITERCONF_SPEC_DIR, "", {}});
  EXPECT_FALSE(verdict);
  ASSERT_FALSE(verdict.problems.empty());
  EXPECT_NE(printed(verdict).find("/nonexistent/cases"), std::string::npos) << verdict;
  EXPECT_TRUE(verdict.results.empty());
}

}  // namespace

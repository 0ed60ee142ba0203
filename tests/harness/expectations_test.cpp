// Expectations files: loading with located errors, and XFAIL / XPASS.
#include <gtest/gtest.h>

#include "iterconf/expectations.hpp"
#include "support/temp_dir.hpp"

namespace iterconf {
namespace {

case_result result_of(const std::string& subject, const std::string& id, outcome o) {
  case_result r;
  r.subject = subject;
  r.case_id = id;
  r.rules = {"exhaust.sticky"};
  r.result = o;
  return r;
}

TEST(expectations, an_expected_failure_is_xfail_and_an_expected_pass_is_xpass) {
  testing::temp_dir dir;
  const auto file = dir.write("expected.yaml",
                              "- subject: 'std::views::istream*'\n  rule: 'exhaust.*'\n  reason: single pass by design\n");
  const auto loaded = load_expectations(file);
  ASSERT_TRUE(loaded.problems.empty()) << loaded.problems.front().str();
  std::vector<case_result> results = {result_of("std::views::istream<int64>", "a", outcome::fail),
                                      result_of("std::views::istream<int64>", "b", outcome::pass),
                                      result_of("std::views::istream<int64>", "c", outcome::unsupported),
                                      result_of("std::vector<int>", "d", outcome::fail)};
  apply_expectations(results, loaded.entries);
  EXPECT_EQ(results[0].result, outcome::xfail);
  EXPECT_EQ(results[0].message, "expected FAIL (single pass by design, " + file.string() + ":1)");
  EXPECT_EQ(results[1].result, outcome::xpass);
  EXPECT_EQ(results[2].result, outcome::unsupported);
  EXPECT_EQ(results[3].result, outcome::fail);
  EXPECT_FALSE(fails_gate(results[0].result));
  EXPECT_TRUE(fails_gate(results[1].result));
}

TEST(expectations, an_entry_without_a_reason_or_with_an_unknown_key_is_rejected) {
  testing::temp_dir dir;
  const auto loaded = load_expectations(dir.write("e.yaml", "- subject: a\n- subjekt: b\n  reason: r\n"));
  ASSERT_EQ(loaded.problems.size(), 2u);
  EXPECT_EQ(loaded.problems[0].str(), (dir.path() / "e.yaml").string() +
                                          ":1:3: error: an expectation needs a 'reason': one line on why this is "
                                          "the subject's real behaviour");
  EXPECT_EQ(loaded.problems[1].message, "unknown key 'subjekt' in an expectation (did you mean 'subject'?)");
}

}  // namespace
}  // namespace iterconf

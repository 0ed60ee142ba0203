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

TEST(expectations, a_may_fail_entry_leaves_a_pass_a_pass_and_a_failure_xfail) {
  testing::temp_dir dir;
  const auto loaded = load_expectations(
      dir.write("e.yaml", "- {subject: 'ring', rule: exhaust.sticky, fails: may, reason: on some seeds}\n"
                          "- {subject: 'other', fails: sometimes, reason: r}\n"));
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].str(), (dir.path() / "e.yaml").string() +
                                          ":2:29: error: 'fails' is 'must' (every result it covers fails: a pass is "
                                          "XPASS) or 'may' (a pass stays PASS), not 'sometimes'");
  std::vector<case_result> results = {result_of("ring", "a", outcome::pass), result_of("ring", "b", outcome::fail)};
  apply_expectations(results, loaded.entries);
  EXPECT_EQ(results[0].result, outcome::pass);
  EXPECT_EQ(results[1].result, outcome::xfail);
}

TEST(expectations, a_name_matches_itself_only_and_a_pattern_with_a_star_or_question_mark_is_a_glob) {
  EXPECT_TRUE(pattern_matches("int[4]", "int[4]"));   // brackets in a name are the name's
  EXPECT_FALSE(pattern_matches("int[4]", "int4"));
  EXPECT_FALSE(pattern_matches("ring", "ring<int>"));
  EXPECT_TRUE(pattern_matches("ring*", "ring<int>"));
  EXPECT_FALSE(pattern_matches("int[4]?", "int[4]?"));  // a glob: [4] is a class, ? one character
  EXPECT_TRUE(pattern_matches("int[4]?", "int4x"));
  EXPECT_TRUE(pattern_matches("a\\*", "a*"));  // an escaped star matches a star only
  EXPECT_FALSE(pattern_matches("a\\*", "ab"));
}

TEST(expectations, a_recorded_file_matches_exactly_the_results_it_was_recorded_from) {
  testing::temp_dir dir;
  std::vector<case_result> results = {result_of("int[4]", "a", outcome::fail), result_of("odd*name?", "b", outcome::fail),
                                      result_of("int4", "a", outcome::fail), result_of("odd-name-", "b", outcome::fail)};
  std::vector<case_result> recorded(results.begin(), results.begin() + 2);
  const auto loaded = load_expectations(dir.write("e.yaml", recorded_expectations(recorded)));
  ASSERT_TRUE(loaded.problems.empty()) << loaded.problems.front().str();
  apply_expectations(results, loaded.entries);
  EXPECT_EQ(results[0].result, outcome::xfail);
  EXPECT_EQ(results[1].result, outcome::xfail);
  EXPECT_EQ(results[2].result, outcome::fail);
  EXPECT_EQ(results[3].result, outcome::fail);
}

TEST(expectations, an_entry_that_covers_nothing_is_a_located_warning_saying_why) {
  testing::temp_dir dir;
  const auto file = dir.write("e.yaml",
                              "- {subject: ring, reason: covers a}\n"
                              "- {subject: rnig, reason: misspelt}\n"
                              "- {subject: ring, case: 'zz.*', reason: no such case}\n"
                              "- {subject: ring, rule: exhaust.stiky, reason: misspelt rule}\n"
                              "- {subject: ring, case: b, reason: b passed as UNSUPPORTED}\n"
                              "- {subject: ring, case: 'prop.*', reason: a property's}\n");
  const auto loaded = load_expectations(file);
  ASSERT_TRUE(loaded.problems.empty()) << loaded.problems.front().str();
  std::vector<case_result> results = {result_of("ring", "a", outcome::fail), result_of("ring", "b", outcome::unsupported)};
  std::vector<const expectation_entry*> covering;
  for (auto& r : results)
    if (const auto* e = apply_expectation(r, loaded.entries)) covering.push_back(e);
  run_scope scope{{"ring", "ring<int>"}, {"a", "b"}, {"exhaust.sticky"}, true};
  const auto stale = stale_expectations(loaded.entries, covering, scope);
  ASSERT_EQ(stale.size(), 4u);
  EXPECT_EQ(stale[0].str(), file.string() + ":2:3: warning: this expectation covers nothing: no subject is named 'rnig' "
                                            "(did you mean 'ring'?)");
  EXPECT_EQ(stale[1].message, "this expectation covers nothing: no case is matched by 'zz.*'");
  EXPECT_EQ(stale[2].message, "this expectation covers nothing: no rule is named 'exhaust.stiky' (did you mean "
                              "'exhaust.sticky'?)");
  EXPECT_EQ(stale[3].message, "this expectation covers nothing: no result of the run (every result it matches was "
                              "UNSUPPORTED, or an entry before it covers it)");
  // A shard or a selection may have left an entry's results to another run: only what can
  // match nothing at all is said.
  scope.whole = false;
  EXPECT_EQ(stale_expectations(loaded.entries, covering, scope).size(), 3u);
}

}  // namespace
}  // namespace iterconf

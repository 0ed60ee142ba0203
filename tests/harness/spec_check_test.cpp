// The spec checker: coverage, sources and the rule headings of the spec pages.
#include <gtest/gtest.h>

#include "iterconf/loader.hpp"
#include "iterconf/spec_check.hpp"
#include "support/rule_book_for_tests.hpp"
#include "support/temp_dir.hpp"

namespace iterconf {
namespace {

using testing::temp_dir;

std::vector<std::string> messages(const std::vector<diagnostic>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.message);
  return out;
}

TEST(spec_check, the_project_spec_is_consistent) {
  const auto cases = load_cases(ITERCONF_CASES_DIR, testing::project_rules());
  ASSERT_TRUE(cases.problems.empty());
  const auto problems = check_spec(testing::project_rules(), cases.cases, ITERCONF_SPEC_DIR);
  EXPECT_TRUE(problems.empty()) << problems.front().str();
}

TEST(spec_check, every_must_rule_of_the_project_has_a_case) {
  const auto cases = load_cases(ITERCONF_CASES_DIR, testing::project_rules());
  for (const auto& r : testing::project_rules().rules()) {
    if (r.strength != level::must) continue;
    std::size_t n = 0;
    for (const auto& c : cases.cases)
      n += std::count(c.rules.begin(), c.rules.end(), r.id);
    EXPECT_GE(n, 1u) << r.id;
  }
}

class spec_check_fixture : public ::testing::Test {
 protected:
  rule_book load(const std::string& rules_text) {
    const auto loaded = load_rules(dir.write("rules.yaml", rules_text));
    EXPECT_TRUE(loaded.problems.empty()) << (loaded.problems.empty() ? "" : loaded.problems.front().str());
    return loaded.book;
  }
  temp_dir dir;
};

TEST_F(spec_check_fixture, reports_a_must_rule_without_a_case_and_a_rule_without_a_source) {
  const rule_book rules = load(
      "- id: area.one\n  level: MUST\n  area: area\n  title: t\n  sources: []\n  cpp: c\n"
      "- id: area.two\n  level: SHOULD\n  area: area\n  title: t\n  sources: [python:functions#iter]\n  cpp: c\n");
  dir.write("area.md", "# area\n\n## `area.one`\n\nPython: follows.\n\n## `area.two`\n\nPython: follows.\n");
  EXPECT_EQ(messages(check_spec(rules, {}, dir.path())),
            (std::vector<std::string>{"rule 'area.one' cites no source: say what behaviour it models",
                                      "MUST rule 'area.one' has no case"}));
}

TEST_F(spec_check_fixture, reports_a_malformed_source) {
  const rule_book rules = load("- id: area.one\n  level: MAY\n  area: area\n  title: t\n  sources: [pep 234]\n  cpp: c\n");
  dir.write("area.md", "## `area.one`\nPython: follows.\n");
  EXPECT_EQ(messages(check_spec(rules, {}, dir.path())),
            std::vector<std::string>{
                "rule 'area.one' has source 'pep 234', which is none of python:<page>#<anchor>, cpp:[stable.name], seed:<n>"});
}

TEST_F(spec_check_fixture, reports_headings_and_rules_that_do_not_match) {
  const rule_book rules = load(
      "- id: area.one\n  level: MAY\n  area: area\n  title: t\n  sources: [\"cpp:[range.range]\"]\n  cpp: c\n");
  dir.write("area.md", "## `area.zero`\n");
  const auto problems = check_spec(rules, {}, dir.path());
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].message, "heading names 'area.zero', which is not in the rules registry");
  EXPECT_EQ(problems[0].where.line, 1);
  EXPECT_EQ(problems[1].message, "rule 'area.one' has no heading '## `area.one`' on " + (dir.path() / "area.md").string());
}

TEST_F(spec_check_fixture, reports_an_area_without_a_page) {
  const rule_book rules = load("- id: lost.one\n  level: MAY\n  area: lost\n  title: t\n  sources: [seed:1]\n  cpp: c\n");
  EXPECT_EQ(messages(check_spec(rules, {}, dir.path())),
            std::vector<std::string>{"area 'lost' has rules but no spec page"});
}

TEST_F(spec_check_fixture, requires_each_rule_to_say_how_it_stands_to_python) {
  const rule_book rules = load(
      "- id: area.one\n  level: MAY\n  area: area\n  title: t\n  sources: [seed:1]\n  cpp: c\n"
      "- id: area.two\n  level: MAY\n  area: area\n  title: t\n  sources: [seed:1]\n  cpp: c\n"
      "  python: {differs: \"C++ has no such thing\"}\n"
      "- id: area.three\n  level: MAY\n  area: area\n  title: t\n  sources: [seed:1]\n  cpp: c\n"
      "  python: {cxx-only: \"a C++ walk\"}\n"
      "- id: area.four\n  level: MAY\n  area: area\n  title: t\n  sources: [seed:1]\n  cpp: c\n"
      "  python: {differs: \"on next-style objects\", for: [next-style]}\n");
  dir.write("area.md",
            "## `area.one`\n\nno line\n\n## Notes\n\nPython: too late.\n\n## `area.two`\n\nPython: follows.\n\n"
            "## `area.three`\n\nPython: follows.\n\n## `area.four`\n\nPython: differs on next-style objects.\n");
  EXPECT_EQ(messages(check_spec(rules, {}, dir.path())),
            (std::vector<std::string>{
                "rule 'area.one' has no 'Python:' line on its page: say whether C++ follows Python here, and why not",
                "rule 'area.two' is declared to differ from Python (python: differs), but its 'Python:' line does not say so",
                "rule 'area.three' is declared C++-only (python: cxx-only), but its 'Python:' line does not say 'C++ only'"}));
  EXPECT_EQ(rules.find("area.four")->python.what, python_marker::kind::differs);
  EXPECT_TRUE(rules.find("area.four")->python.only_for.has(capability::next_style));
}

TEST_F(spec_check_fixture, a_rule_of_the_cxx_area_is_cxx_only_and_takes_no_marker) {
  const rule_book rules = load("- id: cxx.one\n  level: MAY\n  area: cxx\n  title: t\n  sources: [seed:1]\n  cpp: c\n");
  EXPECT_EQ(rules.find("cxx.one")->python.what, python_marker::kind::cxx_only);
  dir.write("cxx.md", "## `cxx.one`\n");
  EXPECT_TRUE(check_spec(rules, {}, dir.path()).empty());
  const auto marked = load_rules(dir.write(
      "marked.yaml", "- id: cxx.two\n  level: MAY\n  area: cxx\n  title: t\n  sources: [seed:1]\n  cpp: c\n"
                     "  python: {cxx-only: \"twice\"}\n"));
  ASSERT_EQ(marked.problems.size(), 1u);
  EXPECT_EQ(marked.problems[0].str(),
            (dir.path() / "marked.yaml").string() +
                ":7:11: error: the rules of area 'cxx' are C++-only as a whole: drop this 'python' marker");
}

TEST_F(spec_check_fixture, stops_reporting_after_the_error_limit) {
  std::string text;
  for (int i = 0; i < 150; ++i)
    text += "- id: area.r" + std::to_string(i) + "\n  level: MAY\n  area: area\n  title: t\n  sources: [seed:1]\n  cpp: c\n";
  const rule_book rules = load(text);
  dir.write("area.md", "# no headings\n");
  const auto problems = check_spec(rules, {}, dir.path());
  ASSERT_EQ(problems.size(), 101u);
  EXPECT_EQ(problems.back().message, "more than 100 problems; 50 more are not reported");
}

}  // namespace
}  // namespace iterconf

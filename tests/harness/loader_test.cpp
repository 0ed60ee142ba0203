// The case loader: good files load completely; every kind of bad file gets its exact located message.
#include <gtest/gtest.h>

#include "iterconf/loader.hpp"
#include "support/case_file_problems.hpp"
#include "support/rule_book_for_tests.hpp"
#include "support/temp_dir.hpp"

namespace iterconf {
namespace {

using testing::project_rules;
using testing::temp_dir;

using testing::problems_in;

const char* const good_case = R"(- id: exhaust.sticky.sample
  rule: exhaust.sticky
  summary: the end stays the end
  given: [1, 2]
  requires: [finite]
  steps:
    - iter: it
    - drain: it
    - next: it
      expect: end
    - loop: subject
      consumer: pair
    - contains: 2
      "on": it
      expect: false
      probe: { path: iterate }
)";

TEST(loader, loads_every_field_of_a_good_case) {
  temp_dir dir;
  const auto loaded = load_case_file(dir.write("exhaust.yaml", good_case), project_rules());
  ASSERT_TRUE(loaded.problems.empty()) << loaded.problems.front().str();
  ASSERT_EQ(loaded.cases.size(), 1u);
  const conformance_case& c = loaded.cases.front();
  EXPECT_EQ(c.id, "exhaust.sticky.sample");
  EXPECT_EQ(c.rules, std::vector<std::string>{"exhaust.sticky"});
  EXPECT_EQ(c.area, "exhaust");
  EXPECT_EQ(c.given, (std::vector<value>{1, 2}));
  EXPECT_TRUE(c.required.has(capability::finite));
  ASSERT_EQ(c.steps.size(), 5u);
  EXPECT_EQ(c.steps[0].act, action::iter);
  EXPECT_EQ(c.steps[2].expect.what, expectation::kind::end);
  EXPECT_EQ(c.steps[3].consumer, consumer_kind::pair);
  EXPECT_EQ(c.steps[4].target, "it");
  EXPECT_EQ(c.steps[4].probe->path, membership_path::iterate);
  EXPECT_EQ(c.steps[2].where.line, 9);
  EXPECT_EQ(c.steps[2].where.column, 7);
}

TEST(loader, the_project_cases_load_without_problems) {
  const auto loaded = load_cases(ITERCONF_CASES_DIR, project_rules());
  ASSERT_TRUE(loaded.problems.empty()) << loaded.problems.front().str();
  EXPECT_GE(loaded.cases.size(), 60u);
}

TEST(loader, rejects_an_unknown_step_with_a_suggestion) {
  EXPECT_EQ(problems_in("- id: a.b\n  rule: exhaust.sticky\n  summary: s\n  steps:\n    - nxt: it\n"),
            std::vector<std::string>{"5:7: unknown step 'nxt' (did you mean 'next'?)"});
}

TEST(loader, rejects_duplicate_keys) {
  EXPECT_EQ(problems_in("- id: a.b\n  id: a.c\n  rule: exhaust.sticky\n  summary: s\n  steps:\n    - iter: it\n"),
            std::vector<std::string>{"2:3: duplicate key 'id' in a case (first at line 1)"});
}

TEST(loader, rejects_an_unknown_rule_with_a_suggestion) {
  EXPECT_EQ(problems_in("- id: a.b\n  rule: exhaust.stiky\n  summary: s\n  steps:\n    - iter: it\n"),
            std::vector<std::string>{"2:9: unknown rule 'exhaust.stiky' (did you mean 'exhaust.sticky'?)"});
}

TEST(loader, rejects_unknown_keys) {
  EXPECT_EQ(problems_in("- id: a.b\n  rule: exhaust.sticky\n  sumary: s\n  steps:\n    - iter: it\n"),
            std::vector<std::string>{"3:3: unknown key 'sumary' in a case (did you mean 'summary'?)"});
}

TEST(loader, rejects_missing_fields) {
  EXPECT_EQ(problems_in("- id: a.b\n  rule: exhaust.sticky\n  steps:\n    - iter: it\n"),
            std::vector<std::string>{"1:3: case is missing 'summary'"});
  EXPECT_EQ(problems_in("- id: a.b\n  summary: s\n  steps:\n    - iter: it\n"),
            std::vector<std::string>{"1:3: case is missing 'rule' (or 'rules')"});
}

TEST(loader, rejects_wrong_types) {
  EXPECT_EQ(problems_in("- id: a.b\n  rule: exhaust.sticky\n  summary: s\n  given: [1, two]\n  steps:\n    - iter: it\n"),
            std::vector<std::string>{"4:14: an entry of given must be an integer, not 'two'"});
  EXPECT_EQ(problems_in("- id: a.b\n  rule: exhaust.sticky\n  summary: s\n  given: 3\n  steps:\n    - iter: it\n"),
            std::vector<std::string>{"4:10: given must be a list of integers, not '3'"});
  EXPECT_EQ(problems_in("- id: a.b\n  rule: exhaust.sticky\n  summary: [s]\n  steps:\n    - iter: it\n"),
            std::vector<std::string>{"3:12: summary must be a string, not a list"});
}

TEST(loader, rejects_duplicate_case_ids) {
  EXPECT_EQ(problems_in("- id: a.b\n  rule: exhaust.sticky\n  summary: s\n  steps:\n    - iter: it\n"
                        "- id: a.b\n  rule: exhaust.sticky\n  summary: s\n  steps:\n    - iter: it\n"),
            std::vector<std::string>{"6:3: duplicate case id 'a.b' (first at line 1)"});
}

TEST(loader, rejects_an_iterator_used_before_it_is_bound) {
  EXPECT_EQ(problems_in("- id: a.b\n  rule: exhaust.sticky\n  summary: s\n  steps:\n    - iter: it\n    - next: ti\n"),
            std::vector<std::string>{"6:13: 'ti' is not an iterator bound by an earlier step (did you mean 'it'?)"});
}

TEST(loader, rejects_two_actions_in_one_step) {
  EXPECT_EQ(problems_in("- id: a.b\n  rule: exhaust.sticky\n  summary: s\n  steps:\n    - iter: it\n      next: it\n"),
            std::vector<std::string>{"6:7: a step has exactly one action; this one has 'iter' and 'next'"});
}

TEST(loader, rejects_an_expectation_the_action_cannot_have) {
  EXPECT_EQ(problems_in("- id: a.b\n  rule: exhaust.sticky\n  summary: s\n  steps:\n    - iter: it\n"
                        "    - next: it\n      expect: index-error\n"),
            std::vector<std::string>{"7:15: a 'next' step can expect item, end, error; not 'index-error'"});
}

TEST(loader, rejects_unknown_capabilities) {
  EXPECT_EQ(problems_in("- id: a.b\n  rule: exhaust.sticky\n  summary: s\n  requires: [forwrd]\n  steps:\n    - iter: it\n"),
            std::vector<std::string>{"4:14: unknown capability 'forwrd' (did you mean 'forward'?)"});
}

TEST(loader, rejects_a_sentinel_among_the_given_values) {
  EXPECT_EQ(problems_in("- id: a.b\n  rule: iter.callable-sentinel\n  summary: s\n  given: [1, 2]\n  sentinel: 2\n"
                        "  steps:\n    - iter: it\n"),
            std::vector<std::string>{"5:13: the sentinel 2 occurs in given"});
}

TEST(loader, rejects_malformed_yaml_at_its_place) {
  EXPECT_EQ(problems_in("- id: a.b\n  rule: [exhaust.sticky\n"),
            std::vector<std::string>{"3:1: invalid YAML: end of sequence flow not found"});
}

TEST(loader, reads_a_python_marker) {
  temp_dir dir;
  const auto loaded = load_case_file(
      dir.write("index.yaml", "- id: a.b\n  rule: index.error-ends\n  summary: s\n  raises_at: 1\n"
                              "  python:\n    raises: StopIteration\n    differs: \"no end exception in C++\"\n"
                              "    for: [getitem]\n  steps:\n    - iter: it\n"),
      project_rules());
  ASSERT_TRUE(loaded.problems.empty()) << loaded.problems.front().str();
  const python_marker& m = loaded.cases.front().python;
  EXPECT_EQ(m.what, python_marker::kind::differs);
  EXPECT_EQ(m.reason, "no end exception in C++");
  EXPECT_EQ(m.raises, "StopIteration");
  EXPECT_TRUE(m.only_for.has(capability::getitem));
  EXPECT_EQ(m.where.line, 6);
}

TEST(loader, rejects_a_python_marker_without_a_reason) {
  const std::string head = "- id: a.b\n  rule: exhaust.sticky\n  summary: s\n";
  const std::string steps = "  steps:\n    - iter: it\n";
  EXPECT_EQ(problems_in(head + "  python: {differs: \" \"}\n" + steps),
            std::vector<std::string>{"4:21: python differs needs a reason: say why C++ does not follow Python here"});
  EXPECT_EQ(problems_in(head + "  python:\n    cxx-only: \"\"\n" + steps),
            std::vector<std::string>{"5:15: python cxx-only needs a reason: say why C++ does not follow Python here"});
  EXPECT_EQ(problems_in(head + "  python: {}\n" + steps),
            std::vector<std::string>{"4:11: python needs 'differs' or 'cxx-only' (with the reason), or 'raises'"});
  EXPECT_EQ(problems_in(head + "  python: {cxx-only: x, for: [range]}\n" + steps),
            std::vector<std::string>{"4:25: python 'for' limits a divergence: it needs 'differs'"});
  EXPECT_EQ(problems_in(head + "  python: {differs: x, cxx-only: y}\n" + steps),
            std::vector<std::string>{"4:11: python has 'differs' or 'cxx-only', not both"});
  EXPECT_EQ(problems_in(head + "  python: {raises: StopIteraton}\n" + steps),
            std::vector<std::string>{"4:20: python raises 'StopIteraton' is not a Python fault iterconf knows (did you "
                                     "mean 'StopIteration'?)"});
  EXPECT_EQ(problems_in(head + "  python: {raises: StopIteration}\n" + steps),
            std::vector<std::string>{"4:11: python raises names the injected fault's exception: the case needs 'raises_at'"});
  EXPECT_EQ(problems_in(head + "  python: {differ: x}\n" + steps),
            std::vector<std::string>{"4:12: unknown key 'differ' in python (did you mean 'differs'?)"});
}

TEST(loader, rejects_an_empty_file_and_a_non_list) {
  EXPECT_EQ(problems_in(""), std::vector<std::string>{"0:0: a case file holds a list of cases; this one is empty"});
  EXPECT_EQ(problems_in("id: a.b\n"), std::vector<std::string>{"1:1: a case file must be a list of cases, not a mapping"});
}

TEST(loader, reports_a_missing_path_and_a_directory) {
  const auto missing = load_cases("/nonexistent/iterconf/cases", project_rules());
  ASSERT_EQ(missing.problems.size(), 1u);
  EXPECT_EQ(missing.problems[0].str(), "/nonexistent/iterconf/cases: error: no such file or directory");
  temp_dir dir;
  std::filesystem::create_directories(dir.path() / "sub.yaml");
  const auto directory = load_case_file(dir.path() / "sub.yaml", project_rules());
  ASSERT_EQ(directory.problems.size(), 1u);
  EXPECT_EQ(directory.problems[0].message, "is a directory, not a case file");
}

TEST(loader, reports_a_case_id_used_in_two_files) {
  temp_dir dir;
  const std::string one = "- id: a.b\n  rule: exhaust.sticky\n  summary: s\n  steps:\n    - iter: it\n";
  dir.write("a.yaml", one);
  dir.write("b.yaml", one);
  const auto loaded = load_cases(dir.path(), project_rules());
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].str(),
            (dir.path() / "b.yaml").string() + ":1:3: error: duplicate case id 'a.b' (first at " +
                (dir.path() / "a.yaml").string() + ":1)");
  EXPECT_EQ(loaded.cases.size(), 1u);
}

TEST(loader, the_rules_registry_rejects_bad_rules) {
  temp_dir dir;
  const auto file = dir.write("rules.yaml",
                              "- id: a.b\n  level: MUSTN'T\n  area: a\n  title: t\n  sources: [python:x#y]\n  cpp: c\n"
                              "- id: a.b\n  level: MUST\n  area: a\n  title: t\n  sources: [python:x#y]\n  cpp: c\n"
                              "- id: a.b\n  level: MUST\n  area: a\n  title: t\n  sources: [python:x#y]\n  cpp: c\n");
  const auto loaded = load_rules(file);
  ASSERT_EQ(loaded.problems.size(), 2u);
  EXPECT_EQ(loaded.problems[0].message, "level must be MUST, SHOULD or MAY, not 'MUSTN'T'");
  EXPECT_EQ(loaded.problems[1].message, "duplicate rule id 'a.b' (first at line 7)");
  EXPECT_EQ(loaded.problems[1].where.line, 13);
}

}  // namespace
}  // namespace iterconf

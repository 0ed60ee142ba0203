// The C++ iterator operation steps run: correct standard sequences pass mixed cases, a step the
// model says is undefined is an ERROR of the case, writes and backward walks are seen, and the
// mutant zoo fails at the fact its bug breaks.
#include <gtest/gtest.h>

#include <algorithm>

#include "iterconf/executor.hpp"
#include "iterconf/loader.hpp"
#include "iterconf/plan.hpp"
#include "mutants/zoo.hpp"
#include "support/case_file_problems.hpp"
#include "support/rule_book_for_tests.hpp"
#include "support/temp_dir.hpp"

namespace iterconf {
namespace {

using testing::project_rules;
using testing::temp_dir;

// ---------------------------------------------------------------------------------------------
// Executing

std::vector<conformance_case> cases_from(const std::string& text) {
  static temp_dir dir;
  static int n = 0;
  auto loaded = load_case_file(dir.write("operations" + std::to_string(++n) + ".yaml", text), project_rules());
  EXPECT_TRUE(loaded.problems.empty()) << (loaded.problems.empty() ? "" : loaded.problems.front().str());
  return loaded.cases;
}

const std::vector<conformance_case>& project_cases() {
  static const auto loaded = load_cases(ITERCONF_CASES_DIR, project_rules());
  return loaded.cases;
}

/// Every case of `cases` citing a rule that `rule` matches, run on `subject` of `registry`.
std::vector<case_result> run_all(const subject_registry& registry, const std::string& subject,
                                 const std::vector<conformance_case>& cases, const std::string& rule = "") {
  std::vector<case_result> out;
  selectors select{{subject}, {}, {}};
  if (!rule.empty()) select.rules.push_back(rule);
  for (const auto& item : make_plan(registry, cases, select)) out.push_back(execute(item));
  return out;
}

/// The one case of `text` on the built-in `subject`.
case_result run_one(const std::string& subject, const std::string& text) {
  const auto cases = cases_from(text);
  const auto results = run_all(subject_registry::global(), subject, cases);
  if (results.size() != 1) throw std::runtime_error("expected one result, got " + std::to_string(results.size()));
  return results.front();
}

std::string explain(const case_result& r) {
  return std::string(name_of(r.result)) + " at step " + std::to_string(r.step_number.value_or(0)) + " (" + r.step +
         ") expected '" + r.expected + "' observed '" + r.observed + "' " + r.message;
}

const std::string case_error_prefix = "the case contradicts the model of its given values for this subject: ";

const std::string mixed_case = R"(- id: x.mixed
  rule: cxx.random.advance
  summary: advance, jump, difference, order, subscript, decrement and postfix steps agree on positions
  given: [10, 11, 12, 13, 14, 15]
  steps:
    - iter: a
    - advance: a
      by: 2
    - read: a
      yields: 12
    - jump: b
      from: a
      by: 3
    - difference: [a, b]
      expect: 3
    - order: [a, b]
      expect: less
    - subscript: b
      at: -1
      yields: 14
    - decrement: b
    - postfix-decrement: b
    - read: b
      yields: 13
    - postfix-increment: a
    - order: [a, b]
      expect: equal
    - increment: a
    - order: [a, b]
      expect: greater
    - difference: [a, b]
      expect: -1
    - next: a
      yields: 14
    - jump: c
      from: a
      by: -5
    - read: c
      yields: 10
    - difference: [b, a]
      expect: 2
    - advance: a
      by: 1
    - at-end: a
      expect: true
    - to-end: b
      expect: 3
    - subscript: a
      at: -6
      yields: 10
    - advance: a
      by: -6
    - next: a
      yields: 10
    - equal: [a, c]
      expect: false
)";

TEST(operations_executor, a_case_mixing_the_random_access_operations_passes_on_the_standard_sequences) {
  for (const char* subject : {"std::vector<int>", "std::deque<int>", "std::span<const int>"}) {
    const case_result r = run_one(subject, mixed_case);
    EXPECT_EQ(r.result, outcome::pass) << subject << ": " << explain(r);
  }
  const case_result list = run_one("std::list<int>", mixed_case);
  EXPECT_EQ(list.result, outcome::unsupported);
  EXPECT_EQ(list.message, "lacks capability 'random-access'");
}

TEST(operations_executor, a_decrement_at_the_beginning_is_a_case_error) {
  const std::string text = "- id: x.back\n  rule: cxx.bidir.decrement\n  summary: s\n  given: [1, 2]\n  steps:\n"
                           "    - iter: it\n    - decrement: it\n";
  for (const char* subject : {"std::vector<int>", "std::list<int>"}) {
    const case_result r = run_one(subject, text);
    EXPECT_EQ(r.result, outcome::error) << subject << ": " << explain(r);
    EXPECT_NE(r.message.find("--it at the beginning is undefined"), std::string::npos) << r.message;
    EXPECT_EQ(r.message, case_error_prefix + "--it at the beginning is undefined");
    EXPECT_EQ(r.step_number, 2u);
    EXPECT_EQ(r.step, "decrement: it");
  }
  const case_result postfix = run_one(
      "std::list<int>", "- id: x.back\n  rule: cxx.bidir.postfix\n  summary: s\n  given: [1, 2]\n  steps:\n"
                        "    - iter: it\n    - next: it\n    - postfix-decrement: it\n    - postfix-decrement: it\n");
  EXPECT_EQ(postfix.result, outcome::error) << explain(postfix);
  EXPECT_EQ(postfix.message, case_error_prefix + "it-- at the beginning is undefined");
  EXPECT_EQ(postfix.step_number, 4u);
}

TEST(operations_executor, a_decrement_from_the_end_reads_the_last_item) {
  const case_result r = run_one(
      "std::list<int>", "- id: x.back\n  rule: cxx.bidir.decrement\n  summary: s\n  given: [1, 2, 3]\n  steps:\n"
                        "    - iter: it\n    - drain: it\n    - decrement: it\n    - read: it\n      yields: 3\n"
                        "    - postfix-decrement: it\n    - next: it\n      yields: 2\n    - next: it\n      yields: 3\n"
                        "    - at-end: it\n      expect: true\n");
  EXPECT_EQ(r.result, outcome::pass) << explain(r);
}

TEST(operations_executor, advancing_past_the_end_is_a_case_error_but_reaching_it_is_not) {
  const std::string head = "- id: x.far\n  rule: cxx.random.advance\n  summary: s\n  given: [1, 2, 3]\n  steps:\n"
                           "    - iter: it\n";
  const case_result past = run_one("std::vector<int>", head + "    - advance: it\n      by: 4\n");
  EXPECT_EQ(past.result, outcome::error) << explain(past);
  EXPECT_EQ(past.message, case_error_prefix + "position 0 moved by 4 leaves the range");
  EXPECT_EQ(past.step_number, 2u);
  EXPECT_EQ(past.step, "advance: it by 4");

  const case_result before = run_one("std::vector<int>", head + "    - next: it\n    - advance: it\n      by: -2\n");
  EXPECT_EQ(before.result, outcome::error) << explain(before);
  EXPECT_EQ(before.message, case_error_prefix + "position 1 moved by -2 leaves the range");

  const case_result jump = run_one("std::deque<int>", head + "    - jump: b\n      from: it\n      by: 5\n");
  EXPECT_EQ(jump.result, outcome::error) << explain(jump);
  EXPECT_EQ(jump.message, case_error_prefix + "position 0 moved by 5 leaves the range");

  const case_result to_end =
      run_one("std::vector<int>", head + "    - advance: it\n      by: 3\n    - at-end: it\n      expect: true\n");
  EXPECT_EQ(to_end.result, outcome::pass) << explain(to_end);
}

TEST(operations_executor, a_write_is_seen_by_every_later_loop) {
  const std::string head = "- id: x.write\n  rule: cxx.writable.read-back\n  summary: s\n  given: [1, 2, 3, 9]\n"
                           "  steps:\n    - iter: it\n    - next: it\n    - write: it\n      value: 9\n"
                           "    - read: it\n      yields: 9\n";
  const case_result seen = run_one("std::vector<int>", head + "    - loop: subject\n      yields: [1, 9, 3, 9]\n");
  EXPECT_EQ(seen.result, outcome::pass) << explain(seen);
  // The model knows the write: a case that expects the old values is wrong.
  const case_result stale = run_one("std::vector<int>", head + "    - loop: subject\n      yields: [1, 2, 3, 9]\n");
  EXPECT_EQ(stale.result, outcome::error) << explain(stale);
  EXPECT_EQ(stale.message, case_error_prefix + "the case expects [1, 2, 3, 9], the model predicts [1, 9, 3, 9]");
  EXPECT_EQ(stale.step_number, 5u);
  // A fresh iterator and a backward walk see it too.
  const case_result fresh = run_one("std::list<int>", head + "    - iter: other\n    - take: other\n      count: 2\n"
                                                             "      yields: [1, 9]\n    - loop: subject\n"
                                                             "      consumer: backward\n      yields: [9, 3, 9, 1]\n");
  EXPECT_EQ(fresh.result, outcome::pass) << explain(fresh);
  // A write puts back a given value: a view may constrain what its elements can become.
  const case_result foreign = run_one(
      "std::vector<int>", "- id: x.write\n  rule: cxx.writable.read-back\n  summary: s\n  given: [1, 2, 3]\n"
                          "  steps:\n    - iter: it\n    - write: it\n      value: 9\n");
  EXPECT_EQ(foreign.result, outcome::error) << explain(foreign);
  EXPECT_EQ(foreign.message, case_error_prefix + "a write must put back one of the given values, not 9 (a view may "
                                                 "constrain what its elements can become)");
  // A read-only subject does not take a write.
  const case_result span = run_one("std::span<const int>", head);
  EXPECT_EQ(span.result, outcome::unsupported);
  EXPECT_EQ(span.message, "lacks capability 'writable'");
}

TEST(operations_executor, fill_and_copy_in_are_seen_by_a_later_loop) {
  const case_result r = run_one(
      "std::deque<int>", "- id: x.fill\n  rule: cxx.writable.algorithms\n  summary: s\n  given: [4, 7, 8]\n  steps:\n"
                         "    - fill: subject\n      value: 4\n    - copy-in: subject\n      values: [7, 8]\n"
                         "    - loop: subject\n      yields: [7, 8, 4]\n");
  EXPECT_EQ(r.result, outcome::pass) << explain(r);
  const case_result too_many = run_one(
      "std::vector<int>", "- id: x.fill\n  rule: cxx.writable.algorithms\n  summary: s\n  given: [1, 2]\n  steps:\n"
                          "    - copy-in: subject\n      values: [1, 2, 1]\n");
  EXPECT_EQ(too_many.result, outcome::error) << explain(too_many);
  EXPECT_EQ(too_many.message, case_error_prefix + "copy-in writes 3 values into 2 items");
}

TEST(operations_executor, the_backward_consumers_see_the_sequence_reversed) {
  const std::string head = "- id: x.rev\n  rule: cxx.bidir.reverse\n  summary: s\n  given: [1, 2, 3]\n  steps:\n";
  const case_result backward = run_one("std::list<int>", head + "    - loop: subject\n      consumer: backward\n"
                                                                "      yields: [3, 2, 1]\n");
  EXPECT_EQ(backward.result, outcome::pass) << explain(backward);
  const case_result all = run_one(
      "std::list<int>", head + "    - loop: subject\n      consumer: reverse-iterator\n      yields: [3, 2, 1]\n"
                               "    - loop: subject\n      consumer: reverse-view\n      yields: [3, 2, 1]\n"
                               "    - loop: subject\n      consumer: const\n      yields: [1, 2, 3]\n"
                               "    - loop: subject\n      consumer: backward\n");
  EXPECT_EQ(all.result, outcome::pass) << explain(all);
  // The case's literal order is checked against the reversed model.
  const case_result forwards = run_one("std::list<int>", head + "    - loop: subject\n      consumer: backward\n"
                                                                "      yields: [1, 2, 3]\n");
  EXPECT_EQ(forwards.result, outcome::error) << explain(forwards);
  EXPECT_EQ(forwards.message, case_error_prefix + "the case expects [1, 2, 3], the model predicts [3, 2, 1]");
  const case_result singly = run_one("std::forward_list<int>", head + "    - loop: subject\n      consumer: backward\n");
  EXPECT_EQ(singly.result, outcome::unsupported);
  EXPECT_EQ(singly.message, "lacks capability 'bidirectional'");
}

// ---------------------------------------------------------------------------------------------
// The mutant zoo

std::vector<case_result> of(const std::vector<case_result>& results, outcome o) {
  std::vector<case_result> out;
  std::copy_if(results.begin(), results.end(), std::back_inserter(out), [&](const auto& r) { return r.result == o; });
  return out;
}

const case_result* by_id(const std::vector<case_result>& results, const std::string& id) {
  for (const auto& r : results)
    if (r.case_id == id) return &r;
  return nullptr;
}

TEST(operations_mutants, advancing_by_the_magnitude_fails_the_advance_cases_on_the_single_steps_fact) {
  ASSERT_NE(mutants::zoo().find("mutant::advance_by_magnitude"), nullptr);
  const auto results = run_all(mutants::zoo(), "mutant::advance_by_magnitude", project_cases(), "cxx.random.advance");
  const auto failures = of(results, outcome::fail);
  ASSERT_FALSE(failures.empty());
  const std::string all_hold =
      "&(it += n) == &it = 1, (it += n) == (n single steps) = 1, (it -= -n) == (it += n) = 1";
  const std::string walked_forward =
      "&(it += n) == &it = 1, (it += n) == (n single steps) = 0, (it -= -n) == (it += n) = 0";
  for (const auto& f : failures) {
    EXPECT_EQ(f.step.rfind("advance: ", 0), 0u) << f.case_id << ": " << explain(f);
    EXPECT_NE(f.step.find(" by -"), std::string::npos) << f.case_id << ": only a negative n goes wrong: " << f.step;
    EXPECT_EQ(f.expected, all_hold) << f.case_id;
    EXPECT_EQ(f.observed, walked_forward) << f.case_id;
  }
  const case_result* negative = by_id(results, "cxx.random.advance.negative");
  ASSERT_NE(negative, nullptr);
  EXPECT_EQ(negative->result, outcome::fail) << explain(*negative);
  EXPECT_EQ(negative->step_number, 3u);
  EXPECT_EQ(negative->step, "advance: it by -3");
  // Forward moves are right: the cases that only move forward pass.
  for (const char* id : {"cxx.random.advance.forward", "cxx.random.advance.zero"}) {
    const case_result* r = by_id(results, id);
    ASSERT_NE(r, nullptr) << id;
    EXPECT_EQ(r->result, outcome::pass) << id << ": " << explain(*r);
  }
  // Nothing but the bug shows: no case is wrong or crashes on this mutant.
  for (const auto& r : results) EXPECT_FALSE(r.result == outcome::error || r.result == outcome::crash) << explain(r);
}

TEST(operations_mutants, an_inverted_less_fails_an_order_case_on_a_less_than_b) {
  ASSERT_NE(mutants::zoo().find("mutant::less_inverted"), nullptr);
  const auto results = run_all(mutants::zoo(), "mutant::less_inverted", project_cases(), "cxx.random.order");
  const case_result* copies = by_id(results, "cxx.random.order.copies");
  ASSERT_NE(copies, nullptr);
  EXPECT_EQ(copies->result, outcome::fail) << explain(*copies);
  EXPECT_EQ(copies->step_number, 5u);
  EXPECT_EQ(copies->step, "order: [a, b]");
  EXPECT_EQ(copies->expected, "a <=> b = -1, a < b = 1, a <= b = 1, a > b = 0, a >= b = 0, a == b = 0");
  EXPECT_EQ(copies->observed, "a <=> b = -1, a < b = 0, a <= b = 1, a > b = 0, a >= b = 0, a == b = 0");
  for (const auto& r : results) EXPECT_FALSE(r.result == outcome::error || r.result == outcome::crash) << explain(r);
}

}  // namespace
}  // namespace iterconf

// The C++ iterator operation steps (spec/case-format.md, the second steps table, and the C++
// consumers): how the loader reads them and rejects their mistakes, what the planner makes them
// require, and how the executor judges them against the model, on built-in subjects and mutants.
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
// Loading

/// The first lines of a case whose steps follow, one per line from line 5.
const std::string header = "- id: a.b\n  rule: cxx.random.advance\n  summary: s\n  steps:\n";

using testing::problems_in;

/// The one case of `text`, which must load without problems.
conformance_case one_case(const std::string& text) {
  temp_dir dir;
  auto loaded = load_case_file(dir.write("c.yaml", text), project_rules());
  EXPECT_TRUE(loaded.problems.empty()) << (loaded.problems.empty() ? "" : loaded.problems.front().str());
  if (loaded.cases.empty()) return {};
  return loaded.cases.front();
}

const char* const every_operation = R"(- id: a.all
  rule: cxx.random.advance
  summary: every C++ operation step once
  given: [1, 2, 3, 4]
  steps:
    - iter: it
    - read: it
      expect: item
    - same-object: it
    - arrow: it
    - increment: it
    - postfix-increment: it
    - decrement: it
    - postfix-decrement: it
    - advance: it
      by: -2
    - jump: b
      from: it
      by: 3
    - difference: [it, b]
      expect: -3
    - order: [b, it]
      expect: greater
    - subscript: it
      at: -1
      yields: 4
    - to-end: it
      expect: 2
    - at-end: b
      expect: false
    - address: it
      by: 2
    - write: it
      value: 7
    - data: subject
    - value-init: subject
    - fill: subject
      value: -5
    - copy-in: subject
      values: [9, -8, 7]
)";

TEST(operations_loader, every_operation_step_parses_into_its_operation_with_its_operands) {
  const conformance_case c = one_case(every_operation);
  ASSERT_EQ(c.steps.size(), 21u);
  const std::vector<iterator_op> ops = {
      iterator_op::read,       iterator_op::same_object, iterator_op::arrow,   iterator_op::increment,
      iterator_op::postfix_increment, iterator_op::decrement, iterator_op::postfix_decrement,
      iterator_op::advance,    iterator_op::jump,        iterator_op::difference, iterator_op::order,
      iterator_op::subscript,  iterator_op::to_end,      iterator_op::at_end,  iterator_op::address,
      iterator_op::write,      iterator_op::data,        iterator_op::value_init, iterator_op::fill,
      iterator_op::copy_in};
  EXPECT_EQ(c.steps[0].act, action::iter);
  for (std::size_t i = 0; i < ops.size(); ++i) {
    const step& s = c.steps[i + 1];
    EXPECT_EQ(s.act, action::operate) << "step " << i + 2;
    EXPECT_EQ(s.op, ops[i]) << "step " << i + 2 << " is " << info(s.op).spelling << ", not " << info(ops[i]).spelling;
  }
  // Targets: the iterator, or the subject for the whole-range operations.
  for (std::size_t i : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 12u, 13u, 15u, 16u}) EXPECT_EQ(c.steps[i].target, "it") << i;
  EXPECT_EQ(c.steps[14].target, "b");
  for (std::size_t i : {17u, 18u, 19u, 20u}) EXPECT_EQ(c.steps[i].target, "subject") << i;

  EXPECT_EQ(c.steps[1].expect.what, expectation::kind::item);
  EXPECT_EQ(c.steps[8].by, -2);
  // jump: the new name, where it starts from, and by how much.
  EXPECT_EQ(c.steps[9].target, "b");
  EXPECT_EQ(c.steps[9].of, "it");
  EXPECT_EQ(c.steps[9].by, 3);
  // difference and order: both names, in order, and their expectations.
  EXPECT_EQ(c.steps[10].target, "it");
  EXPECT_EQ(c.steps[10].other, "b");
  EXPECT_EQ(c.steps[10].expect.what, expectation::kind::count);
  EXPECT_EQ(c.steps[10].expect.number, -3);
  EXPECT_EQ(c.steps[11].target, "b");
  EXPECT_EQ(c.steps[11].other, "it");
  EXPECT_EQ(c.steps[11].expect.what, expectation::kind::ordering);
  EXPECT_EQ(c.steps[11].expect.number, 1);
  // subscript reads `at` into `by`, and takes a literal.
  EXPECT_EQ(c.steps[12].by, -1);
  EXPECT_EQ(c.steps[12].yields, std::vector<value>{4});
  EXPECT_EQ(c.steps[13].expect.what, expectation::kind::count);
  EXPECT_EQ(c.steps[13].expect.number, 2);
  EXPECT_EQ(c.steps[14].expect.what, expectation::kind::boolean);
  EXPECT_FALSE(c.steps[14].expect.flag);
  EXPECT_EQ(c.steps[15].by, 2);
  EXPECT_EQ(c.steps[16].operand, 7);
  EXPECT_EQ(c.steps[19].operand, -5);
  EXPECT_EQ(c.steps[20].values, (std::vector<value>{9, -8, 7}));
  // Operations without an `expect` keep the model's.
  for (std::size_t i : {2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 15u, 16u, 17u, 18u, 19u, 20u})
    EXPECT_EQ(c.steps[i].expect.what, expectation::kind::model) << i;
}

TEST(operations_loader, operation_steps_are_spelled_back_as_the_case_file_spells_them) {
  const conformance_case c = one_case(every_operation);
  ASSERT_EQ(c.steps.size(), 21u);
  EXPECT_EQ(c.steps[1].str(), "read: it");
  EXPECT_EQ(c.steps[5].str(), "postfix-increment: it");
  EXPECT_EQ(c.steps[8].str(), "advance: it by -2");
  EXPECT_EQ(c.steps[9].str(), "jump: b from it by 3");
  EXPECT_EQ(c.steps[10].str(), "difference: [it, b]");
  EXPECT_EQ(c.steps[11].str(), "order: [b, it]");
  EXPECT_EQ(c.steps[12].str(), "subscript: it at -1");
  EXPECT_EQ(c.steps[15].str(), "address: it by 2");
  EXPECT_EQ(c.steps[16].str(), "write: it value 7");
  EXPECT_EQ(c.steps[17].str(), "data: subject");
  EXPECT_EQ(c.steps[19].str(), "fill: subject value -5");
  EXPECT_EQ(c.steps[20].str(), "copy-in: subject");
}

TEST(operations_loader, rejects_a_misspelt_operation_with_a_suggestion) {
  EXPECT_EQ(problems_in(header + "    - iter: it\n    - decremnt: it\n"),
            std::vector<std::string>{"6:7: unknown step 'decremnt' (did you mean 'decrement'?)"});
  EXPECT_EQ(problems_in(header + "    - iter: it\n    - advnce: it\n      by: 2\n"),
            std::vector<std::string>{"6:7: unknown step 'advnce' (did you mean 'advance'?)"});
}

TEST(operations_loader, rejects_an_advance_without_by) {
  EXPECT_EQ(problems_in(header + "    - iter: it\n    - advance: it\n"),
            std::vector<std::string>{"6:7: an 'advance' step needs 'by'"});
}

TEST(operations_loader, rejects_a_jump_without_from_and_still_binds_its_name) {
  // The later steps that use `b` are not reported again as "not bound".
  EXPECT_EQ(problems_in(header + "    - iter: a\n    - jump: b\n      by: 2\n    - read: b\n    - difference: [a, b]\n"),
            std::vector<std::string>{"6:7: a 'jump' step needs 'from'"});
}

TEST(operations_loader, rejects_a_difference_of_three_iterators) {
  EXPECT_EQ(problems_in(header + "    - iter: a\n    - copy: b\n      of: a\n    - difference: [a, b, a]\n"),
            std::vector<std::string>{"8:19: difference takes exactly two iterators, not 3"});
}

TEST(operations_loader, rejects_a_whole_range_operation_on_an_iterator) {
  EXPECT_EQ(problems_in(header + "    - iter: it\n    - data: it\n"),
            std::vector<std::string>{"6:13: data applies to 'subject' only, not 'it'"});
}

TEST(operations_loader, rejects_a_write_without_value) {
  EXPECT_EQ(problems_in(header + "    - iter: it\n    - write: it\n"),
            std::vector<std::string>{"6:7: a 'write' step needs 'value'"});
}

TEST(operations_loader, rejects_an_order_expectation_that_is_no_ordering) {
  EXPECT_EQ(problems_in(header + "    - iter: a\n    - order: [a, a]\n      expect: sideways\n"),
            std::vector<std::string>{"7:15: unknown expectation 'sideways'"});
  EXPECT_EQ(problems_in(header + "    - iter: a\n    - order: [a, a]\n      expect: true\n"),
            std::vector<std::string>{"7:15: an 'order' step can expect less, equal, greater; not 'true'"});
}

TEST(operations_loader, accepts_a_negative_expected_difference_but_not_a_negative_size) {
  const conformance_case c = one_case(header + "    - iter: a\n    - jump: b\n      from: a\n      by: 2\n"
                                               "    - difference: [b, a]\n      expect: -2\n");
  ASSERT_EQ(c.steps.size(), 3u);
  EXPECT_EQ(c.steps[2].expect.what, expectation::kind::count);
  EXPECT_EQ(c.steps[2].expect.number, -2);
  EXPECT_EQ(problems_in(header + "    - size: subject\n      expect: -2\n"),
            std::vector<std::string>{"6:15: the expected count must be 0 or more"});
}

TEST(operations_loader, rejects_a_cxx_consumer_on_an_iterator) {
  EXPECT_EQ(problems_in(header + "    - iter: it\n    - loop: it\n      consumer: backward\n"),
            std::vector<std::string>{"7:17: consumer 'backward' walks the whole range, so it runs on 'subject' only"});
}

TEST(operations_loader, a_jump_binds_its_name_for_later_steps) {
  const conformance_case c = one_case(header + "    - iter: a\n    - jump: b\n      from: a\n      by: 1\n"
                                               "    - read: b\n    - order: [a, b]\n      expect: less\n");
  ASSERT_EQ(c.steps.size(), 4u);
  EXPECT_EQ(c.steps[1].target, "b");
  EXPECT_EQ(c.steps[1].of, "a");
  EXPECT_EQ(c.steps[1].by, 1);
  EXPECT_EQ(c.steps[2].target, "b");
  EXPECT_EQ(c.steps[3].other, "b");
  // Without the jump, `b` is unbound.
  EXPECT_EQ(problems_in(header + "    - iter: a\n    - read: b\n"),
            std::vector<std::string>{"6:13: 'b' is not an iterator bound by an earlier step (did you mean 'a'?)"});
}

// ---------------------------------------------------------------------------------------------
// Planning

const subject_entry& builtin(const std::string& name) {
  const subject_entry* s = subject_registry::global().find(name);
  if (s == nullptr) throw std::runtime_error("no built-in subject " + name);
  return *s;
}

TEST(operations_planner, a_decrement_needs_a_bidirectional_subject) {
  const auto c = one_case(header + "    - iter: it\n    - next: it\n    - decrement: it\n");
  EXPECT_TRUE(implied_requirements(c).has(capability::bidirectional));
  EXPECT_EQ(why_unsupported(builtin("std::forward_list<int>"), c), "lacks capability 'bidirectional'");
  EXPECT_EQ(why_unsupported(builtin("std::vector<int>"), c), std::nullopt);
  EXPECT_EQ(why_unsupported(builtin("std::list<int>"), c), std::nullopt);
}

TEST(operations_planner, a_write_needs_the_given_order_and_a_finite_subject) {
  const auto c = one_case(header + "    - iter: it\n    - write: it\n      value: 4\n");
  const capability_set need = implied_requirements(c);
  for (auto cap : {capability::writable, capability::as_given, capability::finite})
    EXPECT_TRUE(need.has(cap)) << name_of(cap);
  EXPECT_EQ(why_unsupported(builtin("std::set<int>"), c), "lacks capability 'as-given'");
  EXPECT_EQ(why_unsupported(builtin("std::vector<int>"), c), std::nullopt);
}

TEST(operations_planner, a_read_needs_an_ordered_subject) {
  const auto c = one_case(header + "    - iter: it\n    - read: it\n");
  const capability_set need = implied_requirements(c);
  EXPECT_TRUE(need.has(capability::ordered));
  EXPECT_TRUE(need.has(capability::range));
  EXPECT_FALSE(need.has(capability::as_given));
  EXPECT_EQ(why_unsupported(builtin("std::unordered_set<int>"), c), "lacks capability 'ordered'");
  EXPECT_EQ(why_unsupported(builtin("std::set<int>"), c), std::nullopt);
}

TEST(operations_planner, a_comparison_needs_random_access_but_no_order) {
  const auto c = one_case(header + "    - iter: a\n    - copy: b\n      of: a\n    - order: [a, b]\n"
                                   "    - difference: [a, b]\n");
  const capability_set need = implied_requirements(c);
  EXPECT_TRUE(need.has(capability::random_access));
  EXPECT_FALSE(need.has(capability::ordered));
  EXPECT_EQ(why_unsupported(builtin("std::list<int>"), c), "lacks capability 'random-access'");
  EXPECT_EQ(why_unsupported(builtin("std::deque<int>"), c), std::nullopt);
}

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

// The C++ iterator operation steps read and planned (spec/case-format.md, the second steps
// table): every step's operands, exact load errors, and the capabilities each step implies.
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

}  // namespace
}  // namespace iterconf

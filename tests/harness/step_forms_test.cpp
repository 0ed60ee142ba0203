// Every step the case format has, one per row of action.hpp and of iterator_operation.hpp, with
// every modifier its row gives it, written by the case writer and read back by the loader: the
// same step, spelt the same way. A new row is covered here without a line of this test.
#include <gtest/gtest.h>

#include <string>

#include "iterconf/action.hpp"
#include "iterconf/case_writer.hpp"
#include "iterconf/iterator_operation.hpp"
#include "iterconf/loader.hpp"
#include "support/rule_book_for_tests.hpp"
#include "support/temp_dir.hpp"

namespace iterconf {
namespace {

/// The first word an `expect` of this row may be, as an expectation.
expectation first_expectation(std::string_view word) {
  using k = expectation::kind;
  if (word == "<integer>") return {k::count, false, 1};
  if (word == "item") return {k::item};
  if (word == "end") return {k::end};
  if (word == "error") return {k::error};
  if (word == "iterator") return {k::iterator};
  if (word == "true" || word == "boolean") return {k::boolean, true};
  if (word == "ordering") return {k::ordering, false, -1};
  ADD_FAILURE() << "no expectation for '" << word << "'";
  return {};
}

/// A step of `act` (and `op`) on the iterators `a` and `b`, with every modifier its row takes.
step every_modifier(action act, iterator_op op) {
  step s;
  s.act = act;
  s.op = op;
  step_operand operand = info(act).operand;
  std::string_view expects;
  if (act == action::operate) {
    const auto& row = info(op);
    operand = row.operand;
    if (operand == step_operand::new_iterator) s.of = "a";
    if (row.takes_by) s.by = 2;
    if (row.takes_value) s.operand = 5;
    if (row.takes_values) s.values = {7, 8};
    expects = row.expects;
    if (row.expects == "item") s.yields = std::vector<value>{1};
  } else {
    const auto& row = info(act);
    if (row.takes("of")) s.of = "a";
    if (row.takes("count")) s.count = 2;
    if (row.takes("consumer")) s.consumer = consumer_kind::collect;
    if (row.yields == yields_form::one) s.yields = std::vector<value>{1};
    if (row.yields == yields_form::list) s.yields = std::vector<value>{1, 2};
    expects = row.expects.front();
  }
  switch (operand) {
    case step_operand::new_iterator: s.target = "fresh"; break;
    case step_operand::iterator:
    case step_operand::iterable: s.target = "a"; break;
    case step_operand::subject:
    case step_operand::index: s.target = std::string(subject_name); break;
    case step_operand::value:
      s.target = "a";
      s.operand = 3;
      break;
    case step_operand::two_iterators:
      s.target = "a";
      s.other = "b";
      break;
    case step_operand::assertions:
    case step_operand::operation: break;
  }
  if (act == action::getitem) s.operand = 2;
  if (!expects.empty()) s.expect = first_expectation(expects);
  s.probe.emplace();
  s.probe->iters = 1;
  return s;
}

/// `s` after `iter: a` and `iter: b`, written and read back.
step round_trip(const step& s) {
  conformance_case c;
  c.id = "forms.round-trip";
  c.rules = {"next.in-order"};
  c.summary = "one step with every modifier";
  c.given = {1, 2, 3};
  step a, b;
  a.act = b.act = action::iter;
  a.target = "a";
  b.target = "b";
  c.steps = {a, b, s};
  testing::temp_dir dir;
  const std::string text = write_case(c);
  auto loaded = load_case_file(dir.write("c.yaml", text), testing::project_rules());
  EXPECT_TRUE(loaded.problems.empty()) << text << (loaded.problems.empty() ? "" : loaded.problems.front().str());
  if (loaded.cases.size() != 1 || loaded.cases.front().steps.size() != 3) return {};
  return loaded.cases.front().steps.back();
}

void expect_same(const step& read, const step& written) {
  EXPECT_EQ(read.str(), written.str());
  EXPECT_EQ(read.act, written.act);
  if (written.act == action::operate) {
    EXPECT_EQ(read.op, written.op);
  }
  EXPECT_EQ(read.target, written.target);
  EXPECT_EQ(read.of, written.of);
  EXPECT_EQ(read.other, written.other);
  EXPECT_EQ(read.operand, written.operand);
  EXPECT_EQ(read.by, written.by);
  EXPECT_EQ(read.values, written.values);
  EXPECT_EQ(read.count, written.count);
  EXPECT_EQ(read.consumer, written.consumer);
  EXPECT_EQ(read.expect.str(), written.expect.str());
  EXPECT_EQ(read.yields, written.yields);
  ASSERT_TRUE(read.probe.has_value());
  EXPECT_EQ(read.probe->iters, written.probe->iters);
}

TEST(step_forms, every_action_round_trips_with_every_modifier) {
  for (const auto& row : action_rows::action_table) {
    if (row.what == action::operate) continue;  // spelt by the operations, below
    SCOPED_TRACE(std::string(row.spelling));
    const step written = every_modifier(row.what, iterator_op::read);
    expect_same(round_trip(written), written);
  }
}

TEST(step_forms, every_cxx_operation_round_trips_with_every_modifier) {
  for (const auto& row : operation_rows::table) {
    SCOPED_TRACE(std::string(row.spelling));
    const step written = every_modifier(action::operate, row.op);
    expect_same(round_trip(written), written);
  }
}

}  // namespace
}  // namespace iterconf

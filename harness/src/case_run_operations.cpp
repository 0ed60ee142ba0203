// Driving a case's C++ iterator operations (iterator_operation.hpp) against the model: every
// iterator is a position in the model's sequence, so each fact an operation observes has one
// right number, predicted here from the positions alone.
#include <algorithm>

#include "case_run.hpp"

namespace iterconf::detail {

namespace {

using facts = std::array<std::optional<value>, max_facts>;

value truth(bool b) { return b ? 1 : 0; }
value sign(value d) { return d < 0 ? -1 : d > 0 ? 1 : 0; }

/// "b - a = 3, a - b = -3" for the facts both sides have.
std::string show_facts(iterator_op op, const facts& shown, const facts& other) {
  std::string out;
  for (std::size_t i = 0; i < max_facts && !info(op).facts[i].empty(); ++i) {
    if (!shown[i] || !other[i]) continue;
    out += (out.empty() ? "" : ", ") + std::string(info(op).facts[i]) + " = " + std::to_string(*shown[i]);
  }
  return out;
}

}  // namespace

std::optional<verdict> case_run::do_operate(const step& s) {
  const iterator_op op = s.op;
  const auto& row = info(op);
  const auto& seq = model_.sequence();
  const bool finite = !seq.infinite() || seq.cycles_nothing();
  const std::size_t length = seq.size();

  operation_request request{op, s.by, s.operand, s.values, nullptr, false, false};
  facts predicted{};
  bound_iterator* it = nullptr;
  std::size_t p = 0;
  if (row.operand != step_operand::subject) {
    it = &names_.at(row.operand == step_operand::new_iterator ? s.of : s.target);
    if (it->where->unknown || it->where->raised)
      return case_error("after an error the position of an iterator is not known; C++ operations need a clean walk");
    p = it->where->position;
    probes_.use(*it->begun);
  }
  // Where the expression is defined ([iterator.requirements.general]: dereferenceable and
  // past-the-end positions), as the model knows it; outside that the case is wrong.
  const bool dereferenceable = !finite || p < length;
  const auto target = static_cast<std::ptrdiff_t>(p) + s.by;
  auto within = [&](std::ptrdiff_t q, bool end_allowed) {
    return q >= 0 && (!finite || q < static_cast<std::ptrdiff_t>(length) || (end_allowed && q == static_cast<std::ptrdiff_t>(length)));
  };
  const bool reads = op == iterator_op::read || op == iterator_op::iter_move || op == iterator_op::subscript;
  if (reads && !seq.ordered()) return case_error("reading values through an iterator needs an ordered subject");
  if (row.moves && !seq.ordered())
    return case_error("moving an iterator by C++ operations needs an ordered subject (the model follows positions)");
  auto item_at = [&](std::size_t q) { return seq.at(q); };

  switch (op) {
    case iterator_op::read:
      if (!dereferenceable) return case_error("*it at the end is undefined; the iterator is at position " + std::to_string(p));
      predicted[0] = item_at(p);
      break;
    case iterator_op::iter_move:
      if (!dereferenceable) return case_error("iter_move(it) at the end is undefined");
      predicted = {item_at(p), item_at(p)};
      break;
    case iterator_op::same_object:
    case iterator_op::arrow:
    case iterator_op::increment:
    case iterator_op::write:
      if (!dereferenceable) return case_error(std::string(row.spelling) + " at the end is undefined");
      predicted[0] = op == iterator_op::write ? s.operand : 1;
      break;
    case iterator_op::postfix_increment:
      if (!dereferenceable) return case_error("it++ at the end is undefined");
      if (subject_.capabilities.has(capability::forward)) predicted[0] = predicted[1] = 1;
      break;
    case iterator_op::decrement:
      if (p == 0) return case_error("--it at the beginning is undefined");
      predicted = {1, dereferenceable ? std::optional<value>(1) : std::nullopt, 1};
      break;
    case iterator_op::postfix_decrement:
      if (p == 0) return case_error("it-- at the beginning is undefined");
      predicted = {1, 1};
      break;
    case iterator_op::advance:
    case iterator_op::jump:
    case iterator_op::address:
      if (!within(target, true))
        return case_error("position " + std::to_string(p) + " moved by " + std::to_string(s.by) + " leaves the range");
      if (op == iterator_op::address) predicted = {s.by, dereferenceable ? std::optional<value>(1) : std::nullopt};
      else predicted = {1, 1, 1};
      break;
    case iterator_op::subscript:
      if (!within(target, false))
        return case_error("it[" + std::to_string(s.by) + "] at position " + std::to_string(p) + " is not an item");
      predicted = {item_at(static_cast<std::size_t>(target)), item_at(static_cast<std::size_t>(target))};
      break;
    case iterator_op::difference:
    case iterator_op::order: {
      bound_iterator& other = names_.at(s.other);
      if (other.where->unknown || other.where->raised)
        return case_error("after an error the position of an iterator is not known");
      const auto a = static_cast<value>(p);
      const auto b = static_cast<value>(other.where->position);
      request.other = other.handle.get();
      request.by = static_cast<std::ptrdiff_t>(b - a);
      if (op == iterator_op::difference) predicted = {b - a, a - b, 1};
      else predicted = {sign(a - b), truth(a < b), truth(a <= b), truth(a > b), truth(a >= b), truth(a == b)};
      break;
    }
    case iterator_op::iter_swap: {
      const bound_iterator& other = names_.at(s.other);
      if (other.where->unknown || other.where->raised)
        return case_error("after an error the position of an iterator is not known");
      if (!dereferenceable || other.where->position >= length)
        return case_error("iter-swap of an iterator at the end is undefined");
      request.other = other.handle.get();
      predicted = {item_at(other.where->position), item_at(p)};
      break;
    }
    case iterator_op::to_end:
      if (!finite) return case_error("an infinite subject has no end to measure");
      predicted = {static_cast<value>(length - p), static_cast<value>(p) - static_cast<value>(length),
                   static_cast<value>(length - p)};
      break;
    case iterator_op::at_end: {
      const bool at = finite && p >= length;
      predicted = {truth(at), truth(at), truth(!at), truth(!at)};
      break;
    }
    case iterator_op::data: predicted[0] = 1; break;
    case iterator_op::value_init: predicted = {1, 0}; break;
    case iterator_op::empty: predicted = {truth(finite && length == 0), truth(finite && length == 0)}; break;
    case iterator_op::fill: break;
    case iterator_op::copy_in:
      if (!finite || s.values.size() > length)
        return case_error("copy-in writes " + std::to_string(s.values.size()) + " values into " +
                          std::to_string(length) + " items");
      break;
    case iterator_op::count_: return case_error("not an operation");
  }
  request.dereferenceable = dereferenceable;
  // A write puts back a value the subject was built from: a view may constrain what its elements
  // can become (a value filter_view's predicate rejects is undefined, [range.filter.iterator]),
  // and its own values never break that.
  if (op == iterator_op::write || (op == iterator_op::fill && length > 0) || op == iterator_op::copy_in) {
    std::vector<value> written = op == iterator_op::copy_in ? s.values : std::vector<value>{s.operand};
    for (value v : written)
      if (std::find(case_.given.begin(), case_.given.end(), v) == case_.given.end())
        return case_error("a write must put back one of the given values, not " + std::to_string(v) +
                          " (a view may constrain what its elements can become)");
  }

  // The case's own claims must agree with the model before the subject is judged.
  if (s.yields && predicted[0] != s.yields->front())
    return case_error("the case expects item " + std::to_string(s.yields->front()) + ", the model predicts item " +
                      std::to_string(predicted[0].value_or(0)));
  if (s.expect.what != expectation::kind::model && s.expect.what != expectation::kind::item) {
    const value claimed = s.expect.what == expectation::kind::boolean ? truth(s.expect.flag) : s.expect.number;
    if (predicted[0] != claimed)
      return case_error("the case expects " + s.expect.str() + ", the model predicts " + std::to_string(predicted[0].value_or(0)));
  }

  operation_answer got = it != nullptr ? it->handle->apply(request) : object_->apply(request);
  if (got.problem) {
    if (got.problem->kind == signal_kind::type_error)
      return verdict{outcome::error, {}, {},
                     "iterconf cannot drive this operation on the subject's type: " + got.problem->message()};
    const std::string expected = show_facts(op, predicted, predicted);
    return mismatch(expected.empty() ? "no error" : expected, got.problem->str());
  }
  bool compared = false;
  bool agree = true;
  for (std::size_t i = 0; i < max_facts; ++i) {
    if (!predicted[i] || !got.facts[i]) continue;
    compared = true;
    agree = agree && *predicted[i] == *got.facts[i];
  }
  if (!agree) return mismatch(show_facts(op, predicted, got.facts), show_facts(op, got.facts, predicted));
  const bool predicts_something = std::any_of(predicted.begin(), predicted.end(), [](const auto& f) { return f.has_value(); });
  if (predicts_something && !compared)
    return verdict{outcome::error, {}, {}, "the adapter observed none of the facts of " + std::string(row.spelling)};

  // The model follows what the operation did.
  switch (op) {
    case iterator_op::increment:
    case iterator_op::postfix_increment: ++it->where->position; break;
    case iterator_op::decrement:
    case iterator_op::postfix_decrement: --it->where->position; break;
    case iterator_op::advance: it->where->position = static_cast<std::size_t>(target); break;
    case iterator_op::jump: {
      if (!got.made) return verdict{outcome::error, {}, {}, "the adapter made no iterator for the jump"};
      auto where = std::make_shared<cursor>(*it->where);
      where->position = static_cast<std::size_t>(target);
      names_[s.target] = {got.made, where};
      break;
    }
    case iterator_op::write: model_.assign(p, s.operand); break;
    case iterator_op::iter_swap: {
      const std::size_t q = names_.at(s.other).where->position;
      const value at_p = item_at(p), at_q = item_at(q);
      model_.assign(p, at_q);
      model_.assign(q, at_p);
      break;
    }
    case iterator_op::fill:
      for (std::size_t i = 0; i < length; ++i) model_.assign(i, s.operand);
      break;
    case iterator_op::copy_in:
      for (std::size_t i = 0; i < s.values.size(); ++i) model_.assign(i, s.values[i]);
      break;
    default: break;
  }
  return std::nullopt;
}

}  // namespace iterconf::detail

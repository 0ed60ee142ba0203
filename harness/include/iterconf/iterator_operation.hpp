// The C++ iterator operations beyond Python's next() (spec/cxx.md): each is one C++ expression,
// or a few that the standard ties together, on an iterator at a known position or on the subject.
// This header is their one table: the spelling in case files, the operands, what a subject must
// model, and the names of the facts the adapters observe and the model predicts.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iterconf/action.hpp"
#include "iterconf/capability.hpp"
#include "iterconf/signal.hpp"
#include "iterconf/value.hpp"

namespace iterconf {

class iterator_handle;

enum class iterator_op {
  read,               // *it
  iter_move,          // std::ranges::iter_move(it)
  same_object,        // *it and *(copy of it) are one object
  arrow,              // it-> against *it
  increment,          // ++it
  postfix_increment,  // it++
  decrement,          // --it
  postfix_decrement,  // it--
  advance,            // it += n
  jump,               // b = it + n
  difference,         // b - a
  order,              // a < b, <=, >, >=, <=>
  subscript,          // it[n]
  to_end,             // end - it
  at_end,             // it == end
  address,            // std::to_address(it + n)
  write,              // *it = v
  iter_swap,          // std::ranges::iter_swap(a, b)
  data,               // std::ranges::data(subject)
  value_init,         // I{} == I{}
  fill,               // std::ranges::fill(subject, v)
  copy_in,            // std::ranges::copy(values, begin(subject))
  empty,              // std::ranges::empty(subject)
  count_              // not an operation: the number of them
};

/// The facts of one operation: a fact is one observed number (a count, a position difference, an
/// item, or a truth as 0/1). An operation observes at most this many.
inline constexpr std::size_t max_facts = 6;

/// Everything iterconf knows about one operation.
struct iterator_op_info {
  iterator_op op;
  std::string_view spelling;       // the step's action key
  step_operand operand;            // iterator, new_iterator (`from:` names its source), two_iterators, subject
  capability needs;                // the concept a subject must model for the operation to apply
  bool takes_by;                   // `by: n` (advance, jump, address) or `at: n` (subscript)
  bool takes_value;                // `value: v` (write, fill)
  bool takes_values;               // `values: [..]` (copy-in)
  bool moves;                      // the operation moves its iterator (the model's position changes)
  bool ordered;                    // it reads or moves by position: the model must know the order
  bool writes;                     // it writes values the model then holds: they land on given ones
  bool finite;                     // it reaches the end, so the sequence must have one
  std::string_view expects;        // the `expect` form: "", "item", "<integer>", "boolean", "ordering"
  std::string_view rule;           // the rule (spec/cxx.md) whose promise the facts are
  std::array<std::string_view, max_facts> facts;  // the expressions observed, in order; "" ends the list
};

// The rows live in a namespace of their own, so that their short aliases stay in it.
namespace operation_rows {

using o = iterator_op;
using k = step_operand;
using c = capability;

// One row per operation, in enum order. The facts are written as the C++ expressions the
// adapters evaluate; messages show them with the observed and the predicted number.
inline constexpr std::array<iterator_op_info, static_cast<std::size_t>(o::count_)> table = {{
    {o::read, "read", k::iterator, c::range, false, false, false, false, true, false, false, "item", "cxx.readable.stable", {"*it"}},
    {o::iter_move, "iter-move", k::iterator, c::range, false, false, false, false, true, false, false, "item", "cxx.readable.iter-move",
     {"std::ranges::iter_move(it)", "*it after std::ranges::iter_move(it)"}},
    {o::same_object, "same-object", k::iterator, c::lvalue_reference, false, false, false, false, false, false, false, "", "cxx.forward.stable-references",
     {"std::addressof(*copy) == std::addressof(*it)"}},
    {o::arrow, "arrow", k::iterator, c::arrow, false, false, false, false, false, false, false, "", "cxx.readable.arrow", {"it.operator->() == std::addressof(*it)"}},
    {o::increment, "increment", k::iterator, c::range, false, false, false, true, true, false, false, "", "cxx.inc.prefix-self", {"&++it == &it"}},
    {o::postfix_increment, "postfix-increment", k::iterator, c::range, false, false, false, true, true, false, false, "", "cxx.inc.postfix",
     {"(it++) == (old it)", "(it after it++) == ++(old it)"}},
    {o::decrement, "decrement", k::iterator, c::bidirectional, false, false, false, true, true, false, false, "", "cxx.bidir.decrement",
     {"&--it == &it", "--(++a) == a", "++(--a) == a"}},
    {o::postfix_decrement, "postfix-decrement", k::iterator, c::bidirectional, false, false, false, true, true, false, false, "", "cxx.bidir.postfix",
     {"(it--) == (old it)", "(it after it--) == --(old it)"}},
    {o::advance, "advance", k::iterator, c::random_access, true, false, false, true, true, false, false, "", "cxx.random.advance",
     {"&(it += n) == &it", "(it += n) == (n single steps)", "(it -= -n) == (it += n)"}},
    {o::jump, "jump", k::new_iterator, c::random_access, true, false, false, false, false, false, false, "", "cxx.random.arithmetic",
     {"a + n == n + a", "(a + n) - n == a", "a - (-n) == a + n"}},
    {o::difference, "difference", k::two_iterators, c::random_access, false, false, false, false, false, false, false, "<integer>", "cxx.random.difference",
     {"b - a", "a - b", "the lower one incremented |b - a| times == the higher"}},
    {o::order, "order", k::two_iterators, c::random_access, false, false, false, false, false, false, false, "ordering", "cxx.random.order",
     {"a <=> b", "a < b", "a <= b", "a > b", "a >= b", "a == b"}},
    {o::subscript, "subscript", k::iterator, c::random_access, true, false, false, false, true, false, false, "item", "cxx.random.subscript", {"it[n]", "*(it + n)"}},
    {o::to_end, "to-end", k::iterator, c::sized_sentinel, false, false, false, false, false, false, true, "<integer>", "cxx.sized-sentinel.difference",
     {"end - it", "it - end", "increments of a copy of it to reach end"}},
    {o::at_end, "at-end", k::iterator, c::range, false, false, false, false, false, false, false, "boolean", "cxx.sentinel.agree",
     {"it == end", "end == it", "it != end", "end != it"}},
    {o::address, "address", k::iterator, c::contiguous, true, false, false, false, false, false, false, "", "cxx.contiguous.address",
     {"std::to_address(it + n) - std::to_address(it)", "std::to_address(it) == std::addressof(*it)"}},
    {o::write, "write", k::iterator, c::writable, false, true, false, false, false, true, true, "", "cxx.writable.read-back", {"*it after *it = v"}},
    {o::iter_swap, "iter-swap", k::two_iterators, c::writable, false, false, false, false, true, true, true, "", "cxx.writable.iter-swap",
     {"*a after std::ranges::iter_swap(a, b)", "*b after std::ranges::iter_swap(a, b)"}},
    {o::data, "data", k::subject, c::contiguous, false, false, false, false, false, false, false, "", "cxx.contiguous.data",
     {"std::ranges::data(r) == std::to_address(std::ranges::begin(r))"}},
    {o::value_init, "value-init", k::subject, c::forward, false, false, false, false, false, false, false, "", "cxx.forward.value-init", {"I{} == I{}", "I{} != I{}"}},
    {o::fill, "fill", k::subject, c::writable, false, true, false, false, false, true, true, "", "cxx.writable.algorithms", {}},
    {o::copy_in, "copy-in", k::subject, c::writable, false, false, true, false, false, true, true, "", "cxx.writable.algorithms", {}},
    {o::empty, "empty", k::subject, c::forward, false, false, false, false, false, false, false, "boolean", "cxx.range.empty",
     {"std::ranges::empty(r)", "std::ranges::begin(r) == std::ranges::end(r)"}},
}};

static_assert(rows_follow_enum(table, &iterator_op_info::op), "the table's rows must follow iterator_op's order");

}  // namespace operation_rows

/// The row of `op`.
constexpr const iterator_op_info& info(iterator_op op) { return operation_rows::table[static_cast<std::size_t>(op)]; }
/// The operation a case file spells `name`, if any.
std::optional<iterator_op> iterator_op_named(std::string_view name);
/// Every operation's spelling, for suggestions.
std::vector<std::string> iterator_op_names();

/// What the harness asks an adapter to do: the operation with its operands, and what the model
/// knows of the position, so that the adapter never evaluates an expression whose preconditions
/// do not hold (reading the end, stepping before the beginning).
struct operation_request {
  iterator_op op = iterator_op::read;
  std::ptrdiff_t by = 0;                 // advance, jump, subscript, address
  value v = 0;                           // write, fill
  std::vector<value> values;             // copy_in
  iterator_handle* other = nullptr;      // difference, order: the second iterator
  bool dereferenceable = false;          // the iterator is before the end: *it is defined
  bool incrementable_twice = false;      // decrement: ++ after -- stays within the range
};

/// What the adapter observed: one number per fact of the table (nullopt: not observed here, as
/// when the expression is undefined at this position), and for `jump` the new iterator. A
/// `problem` means the operation could not be driven (a type error: the adapter cannot express it
/// for this type; an error: the subject threw).
struct operation_answer {
  std::array<std::optional<value>, max_facts> facts{};
  std::shared_ptr<iterator_handle> made;
  std::optional<signal> problem;

  static operation_answer unsupported(std::string why) {
    operation_answer a;
    a.problem = signal::of_type_error(std::move(why));
    return a;
  }
};

}  // namespace iterconf

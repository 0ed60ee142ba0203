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

#include "iterconf/capability.hpp"
#include "iterconf/signal.hpp"
#include "iterconf/value.hpp"

namespace iterconf {

class iterator_handle;

enum class iterator_op {
  read,               // *it
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
  data,               // std::ranges::data(subject)
  value_init,         // I{} == I{}
  fill,               // std::ranges::fill(subject, v)
  copy_in,            // std::ranges::copy(values, begin(subject))
  count_              // not an operation: the number of them
};

/// What an operation's step operand names, and which modifiers it takes (spec/case-format.md).
enum class op_operand {
  iterator,       // `read: it`
  new_iterator,   // `jump: b` (binds it; `from:` names the iterator it starts from)
  two_iterators,  // `difference: [a, b]`
  subject,        // `data: subject`
};

/// The facts of one operation: a fact is one observed number (a count, a position difference, an
/// item, or a truth as 0/1). An operation observes at most this many.
inline constexpr std::size_t max_facts = 6;

/// Everything iterconf knows about one operation.
struct iterator_op_info {
  iterator_op op;
  std::string_view spelling;       // the step's action key
  op_operand operand;
  capability needs;                // the concept a subject must model for the operation to apply
  bool takes_by;                   // `by: n` (advance, jump, address) or `at: n` (subscript)
  bool takes_value;                // `value: v` (write, fill)
  bool takes_values;               // `values: [..]` (copy-in)
  bool moves;                      // the operation moves its iterator (the model's position changes)
  std::string_view expects;        // the `expect` form: "", "item", "<integer>", "boolean", "ordering"
  std::string_view rule;           // the rule (spec/cxx.md) whose promise the facts are
  std::array<std::string_view, max_facts> facts;  // the expressions observed, in order; "" ends the list
};

/// The table, indexed by iterator_op.
const iterator_op_info& info(iterator_op op);
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

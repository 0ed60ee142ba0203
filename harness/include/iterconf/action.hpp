// A case step's action, with its facts in one table beside the enum: its spelling in case files,
// what its operand names, the modifiers it takes and the words its `expect` allows, what a subject
// must be for it to apply, how it moves the iterator it walks, and where a property may draw it.
// The step reader and writer, the messages, the planner and the properties' sequences read these
// rows; the case runner drives each action (case_run.hpp). `operate` stands for the C++ iterator
// operations, whose own table is iterator_operation.hpp.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "iterconf/capability.hpp"
#include "iterconf/enum_table.hpp"

namespace iterconf {

enum class action { iter, next, take, drain, loop, contains, copy, equal, getitem, size, distance, probe, operate };

/// What a step's operand names (spec/case-format.md, "Steps").
enum class step_operand {
  new_iterator,   // `iter: it`, `copy: b`: the name the step binds (`of:` names its source)
  iterator,       // `next: it`: an iterator an earlier step bound
  iterable,       // `loop: it` or `loop: subject`
  subject,        // `size: subject`: the subject only
  value,          // `contains: 3`: a value; `on:` names the iterable, the subject by default
  index,          // `getitem: 0`: an index of the subject, 0 or more
  two_iterators,  // `equal: [a, b]`
  assertions,     // `probe: {iters: 1}`
  operation,      // the C++ operations, spelled by their own table (iterator_operation.hpp)
};

/// What a step's `yields` lists: one item, or the items in order.
enum class yields_form { none, one, list };

/// How a step moves the iterator it walks (the subject, when it is its own iterator and the step
/// walks it): one item, `count` items, to the end (or the injected error), or to the looked-up
/// value. The properties keep their sequences' positions by it.
enum class walk_effect { none, one, count, to_end, to_value };

/// Where a property may draw a step: on an iterator its sequence holds (for `iter` and `copy`,
/// the one it binds) or on the subject itself.
enum class drawn_on { iterator, subject };

struct action_info {
  action what;
  std::string_view spelling;
  step_operand operand;
  std::array<std::string_view, 4> modifiers;  // unused slots are empty
  std::string_view required;                  // the modifier the step cannot go without, if any
  std::array<std::string_view, 4> expects;    // "<integer>" for a count
  yields_form yields;
  /// What a subject must be for the step to apply (unless the step expects a type error: then it
  /// is the type's lack that is checked), and whether its walk needs a finite sequence.
  std::array<std::optional<capability>, 2> needs;
  bool finite;
  walk_effect walks;
  /// Where `prop.protocol` (every operation mixed) draws it, in order; none: never drawn itself.
  std::array<std::optional<drawn_on>, 2> drawn;
  /// The rule a failing step of it is the evidence of first ("": its probe key's, or its
  /// operation's, or its consumer's).
  std::string_view rule;

  [[nodiscard]] constexpr bool takes(std::string_view modifier) const {
    for (auto m : modifiers)
      if (m == modifier) return true;
    return false;
  }
};

// The rows live in a namespace of their own, so that their short aliases stay in it.
namespace action_rows {

using a = action;
using o = step_operand;
using y = yields_form;
using w = walk_effect;
using c = capability;
inline constexpr auto on_iterator = drawn_on::iterator;
inline constexpr auto on_subject = drawn_on::subject;

// One row per action, in enum order.
inline constexpr std::array<action_info, 13> action_table = {{
    {a::iter, "iter", o::new_iterator, {"of", "expect", "probe"}, "", {"iterator", "type-error"}, y::none,
     {c::iterable}, false, w::none, {on_iterator}, "iter.returns-iterator"},
    {a::next, "next", o::iterator, {"expect", "yields", "probe"}, "", {"item", "end", "error"}, y::one,
     {}, false, w::one, {on_iterator}, "next.in-order"},
    {a::take, "take", o::iterator, {"count", "yields", "probe"}, "count", {}, y::list,
     {}, false, w::count, {on_iterator}, "next.in-order"},
    // Drawn as a `take` that meets the end or the error.
    {a::drain, "drain", o::iterator, {"yields", "expect", "probe"}, "", {"end", "error"}, y::list,
     {}, true, w::to_end, {}, "next.in-order"},
    {a::loop, "loop", o::iterable, {"consumer", "yields", "expect", "probe"}, "", {"error", "type-error"}, y::list,
     {}, true, w::to_end, {on_iterator, on_subject}, "next.in-order"},
    {a::contains, "contains", o::value, {"on", "expect", "probe"}, "", {"true", "false", "error", "type-error"}, y::none,
     {}, true, w::to_value, {on_subject, on_iterator}, "in.contains-first"},
    {a::copy, "copy", o::new_iterator, {"of", "probe"}, "of", {}, y::none,
     {c::forward}, false, w::none, {on_iterator}, "cxx.forward.multipass"},
    {a::equal, "equal", o::two_iterators, {"expect", "probe"}, "", {"true", "false"}, y::none,
     {c::forward}, false, w::none, {on_iterator}, "cxx.forward.equal-positions"},
    {a::getitem, "getitem", o::index, {"expect", "yields", "probe"}, "", {"item", "index-error", "error"}, y::one,
     {c::getitem}, false, w::none, {on_subject}, "index.iter-walk"},
    {a::size, "size", o::subject, {"expect", "probe"}, "", {"<integer>"}, y::none,
     {c::sized}, true, w::none, {on_subject}, "cxx.sized.size-is-distance"},
    {a::distance, "distance", o::subject, {"expect", "probe"}, "", {"<integer>"}, y::none,
     {c::range, c::forward}, true, w::none, {on_subject}, "cxx.sized.size-is-distance"},
    {a::probe, "probe", o::assertions, {}, "", {}, y::none, {}, false, w::none, {on_subject}, ""},
    {a::operate, "operate", o::operation, {}, "", {}, y::none, {}, false, w::none, {}, ""},
}};

static_assert(rows_follow_enum(action_table, &action_info::what), "the table's rows must follow action's order");

}  // namespace action_rows

constexpr const action_info& info(action a) { return action_rows::action_table[static_cast<std::size_t>(a)]; }

/// "iter", "next", ...
std::string_view name_of(action a);

}  // namespace iterconf

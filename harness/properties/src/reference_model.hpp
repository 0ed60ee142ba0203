// The reference model of the state-machine properties: what a conforming subject answers after
// any sequence of operations. Plain on purpose: each iterator is a position in the sequence the
// subject's order makes of its values (the harness's sequence_model), and every operation is
// next() repeated, as Python defines it. The model is a value (RapidCheck copies it per command).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "iterconf/model.hpp"
#include "iterconf/probe.hpp"
#include "iterconf/properties.hpp"

namespace iterconf::properties::detail {

/// What stays the same during one sequence: the subject, its values and how it iterates.
struct setup {
  const property* prop = nullptr;
  const subject_entry* subject = nullptr;
  std::vector<value> given;
  std::optional<std::size_t> raises_at;
  /// The protocol's model of one iterator, the case runner's too; this state machine adds the
  /// handles, the walks of the subject itself and the probes around it.
  iterconf::detail::protocol_model model;
  // The subject's shape, as registered.
  iteration_style how = iteration_style::none;
  subject_role who = subject_role::none;
  membership_path path = membership_path::type_error;
  /// An iterator-role range whose iterators are input-only: every begin() makes the iterators
  /// handed out before it stale, and the next begin() continues (INTERPRETING.md 5.1).
  bool input_iterators = false;
  /// An iterator-role range whose iterator type is forward: what a second begin() gives is the
  /// subject's business, so a sequence has one walk only.
  bool exclusive = false;

  setup(const property& p, const subject_entry& s, std::vector<value> values, std::optional<std::size_t> raises,
        bool copyable_iterators);

  [[nodiscard]] const iterconf::detail::sequence_model& sequence() const { return model.sequence(); }
  [[nodiscard]] bool finite() const { return !sequence().infinite() || sequence().cycles_nothing(); }
  [[nodiscard]] bool has(capability c) const;
  [[nodiscard]] std::size_t length() const { return sequence().size(); }
  /// Whether a walk from `position` finds `v` (infinite subjects: only what is found ends).
  [[nodiscard]] bool found_ahead(value v, std::size_t position) const;
  /// Whether `v` is a value the subject can represent (its domain).
  [[nodiscard]] bool representable(value v) const;
};

/// Where one iterator stands: the protocol model's cursor (its `remaining` unused: what an
/// unordered subject shows is learned from the subject, see operation.cpp).
using cursor = iterconf::detail::cursor;

struct model_handle {
  std::size_t cursor = 0;
  bool begun = false;             // a range handle calls begin() at its first use
  std::size_t begin_number = 0;   // which begin() made its iterator (input-only ranges)
  // Not used again: after a begin() of another handle raised, this one's iterator may stand on a
  // finished generator without being stale (range_handle counts only the begin() calls that
  // return), and incrementing it would be undefined.
  bool usable = true;
};

/// One answer the model predicts.
struct expected_step {
  enum class kind { item, any, end, error, type_error, index_error } what = kind::end;
  value item = 0;            // item
  std::size_t position = 0;  // any: the position in an unordered sequence
};
std::string describe(const expected_step& e);

/// What one operation must answer.
struct expectation {
  enum class kind { iterator, type_error, steps, membership, equality, count, nothing } what = kind::nothing;
  std::vector<expected_step> steps;  // next, take, loops, getitem: in order
  // membership: found / absent / error, or decided by the unordered items left after `position`
  enum class answer { found, absent, error, unordered } membership = answer::absent;
  std::size_t position = 0;
  bool equal = false;
  std::size_t count = 0;
};

/// One operation of a sequence, with its arguments.
struct operation_args {
  operation_kind kind = operation_kind::probe;
  std::size_t a = 0;  // handle
  std::size_t b = 0;  // second handle (equal)
  value v = 0;        // looked-up value
  std::size_t n = 0;  // index (getitem), item count (take)
  consumer_kind consumer = consumer_kind::for_loop;
};
std::string show(const operation_args& op);

/// The model's state during a sequence.
struct world {
  std::shared_ptr<const setup> s;
  std::vector<cursor> cursors;  // an iterator-role subject's own position is cursors[0]
  std::vector<model_handle> handles;
  std::size_t iter_calls = 0;
  bool subject_walked = false;
  // What the probes must read.
  std::size_t begins = 0;
  bool begins_known = true;  // a begin() that raised is called again at the next use: not modelled
  std::size_t contains_calls = 0;
  std::vector<std::size_t> indices;
  std::optional<membership_path> path;
  std::size_t reached = 0;   // the furthest position a walk reached: produced is at least this
  std::size_t computed = 0;  // items walks computed in all: produced is at most this plus the look-ahead
  std::size_t walks = 0;     // walks begun: each may look ahead
  bool started = false;

  explicit world(std::shared_ptr<const setup> setup);

  /// Whether `op` can run in this state (RapidCheck's precondition).
  [[nodiscard]] bool allows(const operation_args& op) const;
  /// The operation kinds of the property that some arguments make possible now (never empty).
  [[nodiscard]] std::vector<operation_kind> possible() const;
  /// The handles an operation may use now (their position is known).
  [[nodiscard]] std::vector<std::size_t> known_handles() const;
  /// Performs `op` on the model: what the subject must answer, and the state after.
  expectation perform(const operation_args& op);

  /// The probe bounds after the operations so far.
  [[nodiscard]] std::size_t produced_at_least() const;
  [[nodiscard]] std::size_t produced_at_most() const;
  [[nodiscard]] bool finished() const;
  [[nodiscard]] std::size_t calls() const;

 private:
  [[nodiscard]] bool may_begin_walk() const;
  [[nodiscard]] bool iter_allowed() const;
  expected_step step(cursor& c, bool index_walk);
  std::vector<expected_step> walk(cursor& c, bool index_walk, std::optional<value> until);
  void use(model_handle& h);
  void after_walk(std::size_t handle, const std::vector<expected_step>& steps);
  void begin_subject_walk();
};

}  // namespace iterconf::properties::detail

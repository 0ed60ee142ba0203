// Where a property's sequence stands while RapidCheck writes it: which iterators exist, where
// each stands in the sequence the protocol model makes of the values, and which begin() made it.
// This is bookkeeping, not a second model: it keeps every step written to one the protocol
// determines (a known position, a finite walk, a value that is found on an infinite subject),
// and the case runner judges the written steps against the one model of the protocol.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "iterconf/model.hpp"
#include "iterconf/properties.hpp"

namespace iterconf::properties::detail {

/// What stays the same during one sequence: the subject, its values and how it iterates.
struct setup {
  const property* prop = nullptr;
  const subject_entry* subject = nullptr;
  std::vector<value> given;
  std::optional<std::size_t> raises_at;
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

  setup(const property& p, const subject_entry& s, std::vector<value> values, std::optional<std::size_t> raises);

  [[nodiscard]] const iterconf::detail::sequence_model& sequence() const { return model.sequence(); }
  [[nodiscard]] bool finite() const { return !sequence().infinite() || sequence().cycles_nothing(); }
  [[nodiscard]] bool has(capability c) const;
  [[nodiscard]] std::size_t length() const { return sequence().size(); }
  /// Whether a walk from `position` finds `v` (infinite subjects: only what is found ends).
  [[nodiscard]] bool found_ahead(value v, std::size_t position) const;
  /// Whether `v` is a value the subject can represent (its domain).
  [[nodiscard]] bool representable(value v) const;
};

/// One iterator a sequence has bound, named it<index>.
struct bound_iterator {
  std::size_t cursor = 0;
  bool begun = false;             // a range iterator calls begin() at its first use
  std::size_t begin_number = 0;   // which begin() made it (input-only ranges)
  // Not used again: after a begin() of another iterator raised, this one may stand on a finished
  // generator without being stale, and incrementing it would be undefined.
  bool usable = true;
};

/// One step a sequence may take next: the case format's action, on an iterator or the subject.
struct drawn_step {
  operation what;
  std::size_t a = 0;  // the iterator (or the one bound by iter and copy)
  std::size_t b = 0;  // the second iterator (equal), or the copy's source
  value v = 0;        // the looked-up value
  std::size_t n = 0;  // the index (getitem), the item count (take)
};

class sequence_state {
 public:
  explicit sequence_state(std::shared_ptr<const setup> setup);

  [[nodiscard]] const setup& settings() const { return *s_; }
  /// The property's operations that some arguments make possible now (never empty: a probe).
  [[nodiscard]] std::vector<operation> possible() const;
  /// The iterators a step may use now (their position is known).
  [[nodiscard]] std::vector<std::size_t> known() const;
  [[nodiscard]] std::size_t iterators() const { return handles_.size(); }
  /// Where iterator `h` stands; where the subject itself stands when it is its own iterator.
  [[nodiscard]] std::size_t position_of(std::size_t h) const { return cursors_[handles_[h].cursor].position; }
  [[nodiscard]] std::size_t own_position() const { return cursors_.empty() ? 0 : cursors_[0].position; }
  /// Items before the end or the error from iterator `h` (all of them when infinite).
  [[nodiscard]] std::optional<std::size_t> items_left(std::size_t h) const;
  /// Whether `step` can be taken now.
  [[nodiscard]] bool allows(const drawn_step& step) const;
  /// Takes `step`: the positions and begin() calls after it.
  void take(const drawn_step& step);

 private:
  [[nodiscard]] bool may_begin_walk() const;
  [[nodiscard]] bool iter_allowed() const;
  [[nodiscard]] bool usable(std::size_t h) const;
  bool next(iterconf::detail::cursor& c);  // false at the end or the error
  void walk(iterconf::detail::cursor& c, std::optional<value> until, std::optional<std::size_t> by = {});
  /// Moves `c` as `step`'s action walks (its row's walk_effect).
  void walk_as(const drawn_step& step, iterconf::detail::cursor& c);
  /// Whether `step`, on the subject itself, walks it by iteration.
  [[nodiscard]] bool walks_subject(const drawn_step& step) const;
  void use(bound_iterator& h);
  void after_error_of(std::size_t h);

  std::shared_ptr<const setup> s_;
  std::vector<iterconf::detail::cursor> cursors_;  // an iterator-role subject's own position is cursors_[0]
  std::vector<bound_iterator> handles_;
  std::size_t iter_calls_ = 0;
  std::size_t begins_ = 0;
  bool subject_walked_ = false;
  bool started_ = false;
};

}  // namespace iterconf::properties::detail

// What the probe events must read after the steps so far (INTERPRETING.md section 9): begin()
// calls, items a lazy subject computed, a generator's life, a callable's calls, membership tests
// and the indices tried, counted from the steps as the protocol defines them. A `probe` step's
// keys left to the model (`iters: model`, `probe: model`) are judged against it, and so are the
// properties' generated sequences.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "iterconf/case.hpp"
#include "iterconf/model.hpp"
#include "iterconf/probe.hpp"
#include "iterconf/registry.hpp"

namespace iterconf::detail {

/// An iterator's begin(): a range's iterator calls it at its first use, and a single-pass
/// range's again when a later begin() made it stale (INTERPRETING.md 5.1).
struct begin_state {
  bool begun = false;
  std::size_t number = 0;  // which begin() made its iterator
};

/// One disagreement of a probe with the model.
struct probe_difference {
  const char* key;  // as a case file spells it: "iters"
  std::string expected;
  std::string observed;
};

class probe_model {
 public:
  /// `shared` is the one position of a subject that is its own iterator (null for a container).
  probe_model(const subject_entry& s, const protocol_model& model, const cursor* shared);

  /// An iterator is about to be walked (next, a loop over it, `v in it`, a C++ operation).
  void use(begin_state& b);
  /// A walk of the subject itself begins (a loop over it, membership by iteration).
  void walk_subject();
  /// An == settles an iterator: its begin() if it had none, and its pending increment.
  void settle(begin_state& b);
  /// One next() at `at` answered as `p` predicted (before the cursor moves); an index walk
  /// tries the index where it stands, the failing one included, until it has ended.
  void next_answered(cursor& at, const prediction& p, bool index_walk);
  /// A walk from `from` over `items` items, then the end (or the error, or neither when a lookup
  /// found its value); `at` is the cursor walked, which ends up past them.
  enum class stop { end, error, found };
  void walked(cursor& at, std::size_t from, std::size_t items, stop how, bool index_walk);
  /// A walk whose items are unknown (an unordered subject's lookup): it may compute them all.
  void walked_unordered() { computed_ += model_.sequence().size(); }
  /// `v in subject` answered by the subject's own contains.
  void asked_contains() { ++contains_calls_; }
  void took_path(membership_path p) { path_ = p; }
  /// subject[i]: the index tried, and the item computed when there is one.
  void indexed(std::size_t i, bool item);
  /// begin() to end() counted.
  void measured();

  /// Where `keys` differ between the events and the model's prediction, the first; keys the
  /// subject cannot show or the model cannot know here are not compared.
  [[nodiscard]] std::optional<probe_difference> compare(const probe_keys& keys, const probe& events) const;

 private:
  [[nodiscard]] bool own_position_known() const { return shared_ == nullptr || !shared_->unknown; }
  [[nodiscard]] bool has(capability c) const { return subject_.capabilities.has(c); }
  [[nodiscard]] bool range() const { return subject_.shape.iteration == iteration_style::range; }

  const subject_entry& subject_;
  const protocol_model& model_;
  const cursor* shared_;
  bool stale_after_begin_;  // every begin() makes the iterators handed out before it stale
  std::size_t begins_ = 0;
  bool begins_known_ = true;  // a begin() that raised is called again at the next use: not counted
  std::size_t walks_ = 0;     // walks begun: each may look ahead
  std::size_t reached_ = 0;   // the furthest position a walk reached: produced is at least this
  std::size_t computed_ = 0;  // items walks computed in all: produced is at most this plus the look-ahead
  bool started_ = false;
  std::size_t contains_calls_ = 0;
  std::vector<std::size_t> indices_;
  std::optional<membership_path> path_;
};

}  // namespace iterconf::detail

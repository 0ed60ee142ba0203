// Mutants of single-pass ranges (iterators and generators): begin() that starts over or hands the
// taken item out again, an end that rewinds, a generator that runs when it is created, one that
// computes further ahead than it declares, and one that goes on after it raised.
#pragma once

#include <algorithm>

#include "basis.hpp"

namespace iterconf::mutants {

/// What a single-pass range may get wrong; the defaults are a correct one.
struct single_pass_bugs {
  bool begin_restarts = false;  // begin() starts over from the first item
  bool begin_keeps_taken = false;  // begin() hands out the item already taken again
  bool begin_skips_extra = false;  // begin() after a stopped loop moves past one item too many
  bool end_rewinds = false;     // the end test rewinds to the start once it has said "end"
  bool eager = false;           // the body runs to its end when the object is created
  std::size_t prefetch = 0;     // values computed beyond the current one
  bool survives_error = false;  // after raising, it goes on with the next item
};

/// A range that is its own iterator, as the seed's yrange: begin() continues the one iteration and
/// moves past the item a stopped loop took (INTERPRETING.md 5.1). Records the probe events of a
/// generator (started, produced, finished, iters), raises where the case asks.
template <single_pass_bugs Bugs>
class single_pass_values {
 public:
  explicit single_pass_values(const subject_input& in) : items_(values_of(in)), in_(in) {
    if constexpr (Bugs.eager) {
      in_.events.body_started();
      for (std::size_t i = 0; i < items_.size(); ++i) in_.events.value_produced();
      in_.events.body_finished();
      computed_ = items_.size();
    }
  }
  single_pass_values(single_pass_values&&) noexcept = default;
  single_pass_values& operator=(single_pass_values&&) noexcept = default;

  class iterator {
   public:
    using iterator_concept = std::input_iterator_tag;
    using iterator_category = std::input_iterator_tag;
    using value_type = value;
    using difference_type = std::ptrdiff_t;
    using pointer = const value*;
    using reference = value;

    iterator() = default;
    explicit iterator(single_pass_values* r) : r_(r) {}
    value operator*() const { return r_->current_; }
    iterator& operator++() {
      r_->fetch();
      return *this;
    }
    /// `*it++` is the item before the increment, as C++17 input iterators promise.
    struct postfix {
      value item;
      value operator*() const { return item; }
    };
    postfix operator++(int) {
      const postfix old{r_->current_};
      r_->fetch();
      return old;
    }
    bool operator==(std::default_sentinel_t) const {
      if (!r_->done_) return false;
      if constexpr (Bugs.end_rewinds) r_->rewind();
      return true;
    }

   private:
    single_pass_values* r_ = nullptr;
  };

  iterator begin() {
    in_.events.iter_called();
    if constexpr (Bugs.begin_restarts) rewind();
    const bool resuming = taken_;
    if (!(Bugs.begin_keeps_taken && taken_)) fetch();
    if constexpr (Bugs.begin_skips_extra) {
      if (resuming) fetch();  // the pending increment of the stopped loop, done a second time
    }
    return iterator(this);
  }
  std::default_sentinel_t end() const { return {}; }

 private:
  void rewind() {
    next_ = 0;
    done_ = false;
    taken_ = false;
  }
  void fetch() {
    if (!started_) {
      started_ = true;
      if constexpr (!Bugs.eager) in_.events.body_started();
    }
    if (done_) return;
    if (next_ >= items_.size()) {
      done_ = true;
      taken_ = false;
      if constexpr (!Bugs.eager) {
        if (!finished_) in_.events.body_finished();
      }
      finished_ = true;
      return;
    }
    try {
      in_.raise_if_due(next_);
    } catch (...) {
      // A generator is finished by its error, unless the bug lets it go on past the item.
      if constexpr (Bugs.survives_error) ++next_;
      else done_ = true;
      throw;
    }
    // Values are computed up to `prefetch` ahead of the one handed out.
    const std::size_t wanted = std::min(items_.size(), next_ + 1 + Bugs.prefetch);
    for (; computed_ < wanted; ++computed_) in_.events.value_produced();
    current_ = items_[next_++];
    taken_ = true;
  }

  std::vector<value> items_;
  subject_input in_;
  std::size_t next_ = 0;
  std::size_t computed_ = 0;
  value current_ = 0;
  bool started_ = false;
  bool done_ = false;
  bool taken_ = false;
  bool finished_ = false;
};

// Each declares itself single-pass (or a generator): the iterator role's rules bind an input range
// only by that declaration, as [range.range] leaves a second begin() on it unspecified.
template <class Visitor>
void visit_single_pass_mutants(Visitor&& add) {
  add("mutant::single_pass_restarts", "exhaust.iterator-consumed",
      subject_traits{.probed = true, .single_pass = true, .description = "single-pass range whose begin() starts over from the first item"},
      [](const subject_input& in) { return single_pass_values<single_pass_bugs{.begin_restarts = true}>(in); });
  add("mutant::single_pass_repeats_taken", "exhaust.resumes",
      subject_traits{.probed = true, .single_pass = true, .description = "single-pass range whose begin() hands out the taken item again"},
      [](const subject_input& in) { return single_pass_values<single_pass_bugs{.begin_keeps_taken = true}>(in); });
  add("mutant::single_pass_skips_after_stop", "in.partial-consume",
      subject_traits{.probed = true, .single_pass = true, .description = "single-pass range whose begin() after a stopped loop skips an item"},
      [](const subject_input& in) { return single_pass_values<single_pass_bugs{.begin_skips_extra = true}>(in); });
  add("mutant::end_rewinds", "exhaust.sticky",
      subject_traits{.probed = true, .single_pass = true, .description = "single-pass range whose end test rewinds it once it said end"},
      [](const subject_input& in) { return single_pass_values<single_pass_bugs{.end_rewinds = true}>(in); });
  add("mutant::eager_generator", "gen.lazy-start",
      subject_traits{.probed = true, .generator = true,
                     .description = "generator whose body runs to its end when it is created"},
      [](const subject_input& in) { return single_pass_values<single_pass_bugs{.eager = true}>(in); });
  add("mutant::prefetches_two", "gen.pause-at-yield",
      subject_traits{.lazy = true, .lookahead = 1, .probed = true, .single_pass = true,
                     .description = "declares a look-ahead of one value and computes two ahead"},
      [](const subject_input& in) { return single_pass_values<single_pass_bugs{.prefetch = 2}>(in); });
  add("mutant::generator_survives_error", "gen.raised-finishes",
      subject_traits{.probed = true, .generator = true, .raises = true,
                     .description = "generator that goes on with the next item after it raised"},
      [](const subject_input& in) { return single_pass_values<single_pass_bugs{.survives_error = true}>(in); });
}

}  // namespace iterconf::mutants

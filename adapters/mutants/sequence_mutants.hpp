// Mutants that get the sequence wrong: where it begins, where it ends, how it steps, which order it
// claims, and what becomes of an error. All are forward ranges (containers), so iterator test
// helpers apply to them too (bench/peer_bench.cpp).
#pragma once

#include <algorithm>
#include <stdexcept>

#include "basis.hpp"

namespace iterconf::mutants {

/// A vector-backed range whose begin() and end() stand `first` and `last` positions away from
/// where they belong (clamped to the buffer, which keeps two stale slots after the items).
class shifted_range {
 public:
  shifted_range(const subject_input& in, std::ptrdiff_t first, std::ptrdiff_t last)
      : items_(values_of(in, 2)), n_(in.given.size()) {
    end_ = n_ == 0 ? 0 : static_cast<std::size_t>(static_cast<std::ptrdiff_t>(n_) + last);
    begin_ = std::min(static_cast<std::size_t>(first), end_);
  }
  [[nodiscard]] position_iterator begin() const { return {&items_, begin_}; }
  [[nodiscard]] position_iterator end() const { return {&items_, end_}; }

 private:
  std::vector<value> items_;
  std::size_t n_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
};

/// end() is one before the last item: `for (i = 0; i < n - 1; ++i)` [next.end-signal].
inline shifted_range end_short_by_one(const subject_input& in) { return {in, 0, -1}; }
/// end() is one past the last item, reading a stale slot: `i <= n` [next.end-signal].
inline shifted_range end_past_by_one(const subject_input& in) { return {in, 0, 1}; }
/// begin() skips the first item, as a loop that increments before it reads [next.in-order].
inline shifted_range skips_first(const subject_input& in) { return {in, 1, 0}; }

/// ++ moves two items, as when the loop body increments too; clamped at the end [next.in-order].
struct step_two {
  void operator()(std::size_t& i, std::size_t n) const { i = std::min(i + 2, n); }
};
using double_step = stepped_range<step_two>;

/// A C-string view: its end is the first 0, as strlen finds it, not the last item [next.end-signal].
struct at_first_zero {
  bool operator()(const std::vector<value>& items, std::size_t i) const { return i >= items.size() || items[i] == 0; }
};
using stops_at_zero = stepped_range<step_one, at_first_zero>;

/// A cycle (order: cycling) that, wrapping around, starts the next round at its second item:
/// `i = i + 1 < n ? i + 1 : 1` [next.in-order].
struct wrap_to_second {
  void operator()(std::size_t& i, std::size_t n) const { i += (i + 1) % n == 0 ? 2 : 1; }
};
using cycle_wraps_to_second = stepped_range<wrap_to_second, only_when_empty>;
/// A cycle (order: cycling) that forgets to wrap: it ends after one round [gen.infinite-partial].
using cycle_stops = stepped_range<step_one, at_last_item>;

/// A vector-backed range declared sorted that keeps the order it was given: the sort after a bulk
/// insert was forgotten [next.in-order].
class unsorted_multiset {
 public:
  explicit unsorted_multiset(const subject_input& in) : items_(values_of(in)) {}
  [[nodiscard]] auto begin() const { return items_.begin(); }
  [[nodiscard]] auto end() const { return items_.end(); }
  [[nodiscard]] std::size_t size() const { return items_.size(); }

 private:
  std::vector<value> items_;
};

/// A range declared unordered (a multiset) that drops duplicates, as a set would [next.in-order].
class deduplicating_bag {
 public:
  explicit deduplicating_bag(const subject_input& in) {
    for (value v : in.given)
      if (std::find(items_.begin(), items_.end(), v) == items_.end()) items_.push_back(v);
  }
  [[nodiscard]] auto begin() const { return items_.begin(); }
  [[nodiscard]] auto end() const { return items_.end(); }

 private:
  std::vector<value> items_;
};

/// A range that computes its items on demand and may fail (raises), whose end test peeks at the
/// next item and takes a failure for the end: the error is swallowed [next.error-propagates].
class error_swallowing_view {
 public:
  explicit error_swallowing_view(const subject_input& in) : items_(values_of(in)), in_(in) {}

  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using iterator_concept = std::forward_iterator_tag;
    using value_type = value;
    using difference_type = std::ptrdiff_t;
    using pointer = const value*;
    using reference = value;

    iterator() = default;
    iterator(const error_swallowing_view* v, std::size_t i) : view_(v), i_(i) {}
    value operator*() const {
      view_->in_.raise_if_due(i_);
      return view_->items_[i_];
    }
    iterator& operator++() {
      ++i_;
      return *this;
    }
    iterator operator++(int) {
      auto old = *this;
      ++i_;
      return old;
    }
    bool operator==(const iterator& o) const { return i_ == o.i_; }
    bool operator==(std::default_sentinel_t) const {
      if (i_ >= view_->items_.size()) return true;
      try {
        view_->in_.raise_if_due(i_);
      } catch (const std::exception&) {
        return true;  // the bug: "cannot read the next item" taken for "there is none"
      }
      return false;
    }

   private:
    const error_swallowing_view* view_ = nullptr;
    std::size_t i_ = 0;
  };

  [[nodiscard]] iterator begin() const { return {this, 0}; }
  [[nodiscard]] std::default_sentinel_t end() const { return {}; }

 private:
  std::vector<value> items_;
  subject_input in_;
};

/// A container whose begin() primes a cache with the first item through at(0): on an empty one
/// it throws std::out_of_range instead of handing out an iterator at the end [iter.returns-iterator].
class priming_container {
 public:
  explicit priming_container(const subject_input& in) : items_(values_of(in)) {}
  [[nodiscard]] position_iterator begin() const {
    first_ = items_.at(0);  // "cache the front for the fast path"
    return {&items_, 0};
  }
  [[nodiscard]] position_iterator end() const { return {&items_, items_.size()}; }

 private:
  std::vector<value> items_;
  mutable value first_ = 0;
};

/// The sequence mutants with the rule each breaks, their declared traits and their factories.
template <class Visitor>
void visit_sequence_mutants(Visitor&& add) {
  add("mutant::end_short_by_one", "next.end-signal",
      subject_traits{.description = "end() one before the last item (i < n - 1)"}, end_short_by_one);
  add("mutant::end_past_by_one", "next.end-signal",
      subject_traits{.description = "end() one past the last item (i <= n), reading a stale slot"}, end_past_by_one);
  add("mutant::skips_first", "next.in-order",
      subject_traits{.description = "begin() one past the first item (increments before it reads)"}, skips_first);
  add("mutant::double_step", "next.in-order",
      subject_traits{.description = "++ moves two items (the loop body increments too)"},
      [](const subject_input& in) { return double_step(in); });
  add("mutant::stops_at_zero", "next.end-signal",
      subject_traits{.description = "C-string view: ends at the first 0, taking a zero item for the terminator"},
      [](const subject_input& in) { return stops_at_zero(in); });
  add("mutant::cycle_wraps_to_second", "next.in-order",
      subject_traits{.sequence = order::cycling, .description = "cycle whose later rounds start at the second item"},
      [](const subject_input& in) { return cycle_wraps_to_second(in); });
  add("mutant::cycle_stops", "gen.infinite-partial",
      subject_traits{.sequence = order::cycling, .description = "cycle that forgets to wrap: ends after one round"},
      [](const subject_input& in) { return cycle_stops(in); });
  add("mutant::unsorted_multiset", "next.in-order",
      subject_traits{.sequence = order::sorted, .description = "declared sorted, keeps the given order (no sort)"},
      [](const subject_input& in) { return unsorted_multiset(in); });
  add("mutant::deduplicating_bag", "next.in-order",
      subject_traits{.sequence = order::unordered, .description = "declared a multiset, drops duplicates"},
      [](const subject_input& in) { return deduplicating_bag(in); });
  add("mutant::empty_begin_throws", "iter.returns-iterator",
      subject_traits{.description = "begin() primes a cache with at(0): an empty one throws instead of ending"},
      [](const subject_input& in) { return priming_container(in); });
  add("mutant::error_swallowed", "next.error-propagates",
      subject_traits{.raises = true, .description = "its end test peeks and takes the subject's error for the end"},
      [](const subject_input& in) { return error_swallowing_view(in); });
}

}  // namespace iterconf::mutants

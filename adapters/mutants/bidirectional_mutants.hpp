// Mutants of the bidirectional iterator's `--` and `it--`: steps of the wrong length, results that
// are not the iterator or not its old position, and a walk back from end() that starts wrong.
// Each is a correct bidirectional range but for that one hook.
#pragma once

#include <algorithm>

#include "iterator_basis.hpp"

namespace iterconf::mutants {

using bidirectional_tag = std::bidirectional_iterator_tag;

/// `--` steps back two, as when the loop body decrements too; never before begin()
/// [cxx.bidir.decrement].
struct decrement_steps_two : basic_iterator<decrement_steps_two, bidirectional_tag> {
  decrement_steps_two& decrement() {
    pos_ = std::max(pos_ - 2, w_.first);
    return *this;
  }
};
static_assert(std::ranges::bidirectional_range<buffer_range<decrement_steps_two>>);

/// `--it` moves `it` but returns where it was: postfix's body pasted into prefix, the old copy
/// kept in a static so that the signature stays `iterator&` [cxx.bidir.decrement].
struct prefix_decrement_returns_old : basic_iterator<prefix_decrement_returns_old, bidirectional_tag> {
  prefix_decrement_returns_old& decrement() {
    auto& old = saved_copy(*this);
    --pos_;
    return old;
  }
};
static_assert(std::ranges::bidirectional_range<buffer_range<prefix_decrement_returns_old>>);

/// `it--` decrements and returns `*this`: prefix's body pasted into postfix [cxx.bidir.postfix].
struct postfix_decrement_returns_new : basic_iterator<postfix_decrement_returns_new, bidirectional_tag> {
  postfix_decrement_returns_new post_decrement() {
    --pos_;
    return *this;
  }
};
static_assert(std::ranges::bidirectional_range<buffer_range<postfix_decrement_returns_new>>);

/// `it--` decrements a copy and returns it: `{ iterator tmp(*this); return --tmp; }`, so `it`
/// stays [cxx.bidir.postfix].
struct postfix_decrement_moves_copy : basic_iterator<postfix_decrement_moves_copy, bidirectional_tag> {
  postfix_decrement_moves_copy post_decrement() {
    postfix_decrement_moves_copy copy = *this;
    return --copy;
  }
};
static_assert(std::ranges::bidirectional_range<buffer_range<postfix_decrement_moves_copy>>);

/// Stands at end() as "the last item, plus a past-the-end flag", and `--` from there clears the
/// flag and steps back as well: the walk back from end() skips the last item [cxx.bidir.reverse].
struct end_decrement_skips_last : basic_iterator<end_decrement_skips_last, bidirectional_tag> {
  end_decrement_skips_last& decrement() {
    pos_ = std::max(pos_ - (pos_ == w_.last ? 2 : 1), w_.first);
    return *this;
  }
};
static_assert(std::ranges::bidirectional_range<buffer_range<end_decrement_skips_last>>);

/// Caches its item by value, and `--` refreshes the cache before it steps instead of after: a
/// step back reads the item it left, and the first one from end() the stale slot past the items,
/// which end() had cached [cxx.bidir.reverse].
struct refreshes_before_step : basic_iterator<refreshes_before_step, bidirectional_tag> {
  static refreshes_before_step placed(window<const value> w, difference_type p) {
    auto it = basic_iterator::placed(w, p);
    it.cached_ = it.item(p);
    return it;
  }
  value dereference() const { return cached_; }
  refreshes_before_step& increment() {
    ++pos_;
    cached_ = item(pos_);
    return *this;
  }
  refreshes_before_step& decrement() {
    cached_ = item(pos_);
    --pos_;
    return *this;
  }

 private:
  value cached_ = 0;
};
static_assert(std::ranges::bidirectional_range<buffer_range<refreshes_before_step>>);

template <class Visitor>
void visit_bidirectional_mutants(Visitor&& add) {
  add("mutant::decrement_steps_two", "cxx.bidir.decrement",
      subject_traits{.description = "-- steps back two (the loop body decrements too), never before begin()"},
      built<buffer_range<decrement_steps_two>>);
  add("mutant::prefix_decrement_returns_old", "cxx.bidir.decrement",
      subject_traits{.description = "--it moves it but returns a static copy of where it was"},
      built<buffer_range<prefix_decrement_returns_old>>);
  add("mutant::postfix_decrement_returns_new", "cxx.bidir.postfix",
      subject_traits{.description = "it-- decrements and returns *this: the new position"},
      built<buffer_range<postfix_decrement_returns_new>>);
  add("mutant::postfix_decrement_moves_copy", "cxx.bidir.postfix",
      subject_traits{.description = "it-- decrements a copy and returns it; it stays where it was"},
      built<buffer_range<postfix_decrement_moves_copy>>);
  add("mutant::end_decrement_skips_last", "cxx.bidir.reverse",
      subject_traits{.description = "end() is the last item plus a flag; -- from end() clears it and steps back too"},
      built<buffer_range<end_decrement_skips_last>>);
  add("mutant::decrement_refreshes_first", "cxx.bidir.reverse",
      subject_traits{.description = "-- refreshes the cached item before it steps: stepping back reads the item left"},
      built<buffer_range<refreshes_before_step>>);
}

}  // namespace iterconf::mutants

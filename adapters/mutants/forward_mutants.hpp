// Mutants of the forward iterator's own operators: `*` that is not equality-preserving, an
// iter_move that hands out another item, `->` that refers elsewhere than `*`, `++` and `it++` that return the wrong iterator, and value-initialized
// iterators that compare unequal. Each is a correct random-access range but for that one hook.
#pragma once

#include <memory>

#include "iterator_basis.hpp"

namespace iterconf::mutants {

/// An iterator whose second and later reads at one position go through `Reread`.
template <class Reread>
struct rereading_iterator : basic_iterator<rereading_iterator<Reread>> {
  const value& dereference() const {
    rereads_ = read_at_ == this->pos_ ? rereads_ + 1 : 0;
    read_at_ = this->pos_;
    return rereads_ == 0 ? this->item(this->pos_) : Reread{}(this->w_, this->pos_, rereads_);
  }

 private:
  mutable std::ptrdiff_t read_at_ = -1;  // positions start at 0
  mutable std::ptrdiff_t rereads_ = 0;
};

/// `*` pulls from the cursor it wraps, as a stream adaptor's does: a second read without ++
/// yields the next item [cxx.readable.stable].
struct pulls_next {
  const value& operator()(const window<const value>& w, std::ptrdiff_t p, std::ptrdiff_t rereads) const {
    return w[p + rereads];
  }
};
/// `*` moves its cached item out (`return std::move(*cache_)`): a second read without ++ sees the
/// moved-from value, the stale slot [cxx.readable.stable].
struct moved_from {
  const value& operator()(const window<const value>& w, std::ptrdiff_t, std::ptrdiff_t) const { return w[w.last]; }
};
static_assert(std::ranges::forward_range<buffer_range<rereading_iterator<pulls_next>>>);
static_assert(std::ranges::forward_range<buffer_range<rereading_iterator<moved_from>>>);

/// Its own iter_move hands out the item its last `*` cached, as a proxy iterator's did that kept
/// the item it last produced: after ++ it is the previous item until something reads `*` again
/// [cxx.readable.iter-move].
struct iter_move_from_cache : basic_iterator<iter_move_from_cache> {
  const value& dereference() const {
    cached_ = item(pos_);
    return item(pos_);
  }
  friend value iter_move(const iter_move_from_cache& it) { return it.cached_; }

 private:
  mutable value cached_ = stale_value;
};
static_assert(std::ranges::random_access_range<buffer_range<iter_move_from_cache>>);

/// Keeps the position after its item, as std::reverse_iterator keeps its base: `*` steps back
/// one, `->` forgets to [cxx.readable.arrow].
struct arrow_past_item : basic_iterator<arrow_past_item> {
  const value* address() const { return &item(pos_ + 1); }
};
static_assert(std::ranges::random_access_range<buffer_range<arrow_past_item>>);

/// `->` points at a copy of the item kept in the iterator, the arrow proxy of an iterator whose
/// `*` yields a value, though this one's `*` yields a reference [cxx.readable.arrow].
struct arrow_to_copy : basic_iterator<arrow_to_copy> {
  const value* address() const {
    copy_ = item(pos_);
    return &copy_;
  }

 private:
  mutable value copy_ = 0;
};
static_assert(std::ranges::random_access_range<buffer_range<arrow_to_copy>>);

/// `++it` moves `it` but returns where it was: postfix's body pasted into prefix, the old copy
/// kept in a static so that the signature stays `iterator&` [cxx.inc.prefix-self].
struct prefix_returns_old : basic_iterator<prefix_returns_old> {
  prefix_returns_old& increment() {
    auto& old = saved_copy(*this);
    ++pos_;
    return old;
  }
};
static_assert(std::ranges::forward_range<buffer_range<prefix_returns_old>>);

/// `it++` increments and returns `*this`: prefix's body pasted into postfix [cxx.inc.postfix].
struct postfix_returns_new : basic_iterator<postfix_returns_new> {
  postfix_returns_new post_increment() {
    ++pos_;
    return *this;
  }
};
static_assert(std::ranges::forward_range<buffer_range<postfix_returns_new>>);

/// `it++` increments a copy and returns it: `{ iterator tmp(*this); return ++tmp; }`, so `it`
/// stays [cxx.inc.postfix].
struct postfix_moves_copy : basic_iterator<postfix_moves_copy> {
  postfix_moves_copy post_increment() {
    postfix_moves_copy copy = *this;
    return ++copy;
  }
};
static_assert(std::ranges::forward_range<buffer_range<postfix_moves_copy>>);

/// `==` first checks that both iterators walk a buffer, so a value-initialized iterator equals
/// nothing, not even another one [cxx.forward.value-init].
struct singular_unequal : basic_iterator<singular_unequal> {
  bool equals(const singular_unequal& o) const { return w_.slots != nullptr && pos_ == o.pos_; }
};
static_assert(std::ranges::forward_range<buffer_range<singular_unequal>>);

/// A value-initialized iterator allocates an empty buffer of its own, and `==` compares buffers
/// as well as positions: two of them never agree [cxx.forward.value-init].
struct owns_fresh_buffer : basic_iterator<owns_fresh_buffer> {
  owns_fresh_buffer() : own_(std::make_shared<value>(stale_value)) { w_ = {own_.get(), 1, 0, 0}; }
  bool equals(const owns_fresh_buffer& o) const { return w_.slots == o.w_.slots && pos_ == o.pos_; }

 private:
  std::shared_ptr<value> own_;
};
static_assert(std::ranges::forward_range<buffer_range<owns_fresh_buffer>>);

template <class Visitor>
void visit_forward_mutants(Visitor&& add) {
  add("mutant::read_pulls_next", "cxx.readable.stable",
      subject_traits{.description = "* pulls from a cursor: a second read without ++ yields the next item"},
      built<buffer_range<rereading_iterator<pulls_next>>>);
  add("mutant::read_moves_out", "cxx.readable.stable",
      subject_traits{.description = "* moves its cached item out: a second read sees the moved-from value"},
      built<buffer_range<rereading_iterator<moved_from>>>);
  add("mutant::iter_move_from_cache", "cxx.readable.iter-move",
      subject_traits{.description = "its iter_move hands out the item its last * cached: after ++, the previous one"},
      built<buffer_range<iter_move_from_cache>>);
  add("mutant::arrow_past_item", "cxx.readable.arrow",
      subject_traits{.description = "holds the next position, as reverse_iterator does; -> forgets to step back"},
      built<buffer_range<arrow_past_item>>);
  add("mutant::arrow_to_copy", "cxx.readable.arrow",
      subject_traits{.description = "-> points at a copy kept in the iterator, * at the item itself"},
      built<buffer_range<arrow_to_copy>>);
  add("mutant::prefix_increment_returns_old", "cxx.inc.prefix-self",
      subject_traits{.description = "++it moves it but returns a static copy of where it was"},
      built<buffer_range<prefix_returns_old>>);
  add("mutant::postfix_increment_returns_new", "cxx.inc.postfix",
      subject_traits{.description = "it++ increments and returns *this: the new position"},
      built<buffer_range<postfix_returns_new>>);
  add("mutant::postfix_increment_moves_copy", "cxx.inc.postfix",
      subject_traits{.description = "it++ increments a copy and returns it; it stays where it was"},
      built<buffer_range<postfix_moves_copy>>);
  add("mutant::singular_unequal", "cxx.forward.value-init",
      subject_traits{.description = "== requires a buffer: value-initialized iterators equal nothing"},
      built<buffer_range<singular_unequal>>);
  add("mutant::value_init_owns_buffer", "cxx.forward.value-init",
      subject_traits{.description = "value-initialized iterators own fresh buffers, and == compares buffers"},
      built<buffer_range<owns_fresh_buffer>>);
}

}  // namespace iterconf::mutants

// Mutants of the random-access iterator's operators: `+=` and `-=`, `a + n`, `n + a` and `a - n`,
// `a[n]`, `b - a`, and the comparisons, each wrong in one way a hand-written iterator gets it
// wrong. Each is a correct random-access range but for that one hook.
#pragma once

#include <algorithm>
#include <compare>
#include <cstddef>
#include <cstdlib>

#include "iterator_basis.hpp"

namespace iterconf::mutants {

/// `+=` counts |n| steps forward: the step loop takes the magnitude and forgets the sign
/// [cxx.random.advance].
struct advance_by_magnitude : basic_iterator<advance_by_magnitude> {
  advance_by_magnitude& advance(difference_type n) {
    pos_ += std::abs(n);
    return *this;
  }
};
static_assert(std::ranges::random_access_range<buffer_range<advance_by_magnitude>>);

/// `+=` as a do-while loop of single steps: `n == 0` still moves one [cxx.random.advance].
struct advance_zero_moves_one : basic_iterator<advance_zero_moves_one> {
  advance_zero_moves_one& advance(difference_type n) {
    const difference_type step = n < 0 ? -1 : 1;
    difference_type steps = std::abs(n);
    do {
      pos_ += step;
    } while (--steps > 0);
    return *this;
  }
};
static_assert(std::ranges::random_access_range<buffer_range<advance_zero_moves_one>>);

/// `-=` pasted from `+=`: it adds [cxx.random.advance].
struct retreat_adds : basic_iterator<retreat_adds> {
  retreat_adds& retreat(difference_type n) {
    pos_ += n;
    return *this;
  }
};
static_assert(std::ranges::random_access_range<buffer_range<retreat_adds>>);

/// `n + a` pasted from `a - n` [cxx.random.arithmetic].
struct reversed_plus_subtracts : basic_iterator<reversed_plus_subtracts> {
  reversed_plus_subtracts plus_reversed(difference_type n) const { return *this - n; }
};
static_assert(std::ranges::random_access_range<buffer_range<reversed_plus_subtracts>>);

/// `a - n` pasted from `a + n`: it adds [cxx.random.arithmetic].
struct minus_adds : basic_iterator<minus_adds> {
  minus_adds minus(difference_type n) const { return *this + n; }
};
static_assert(std::ranges::random_access_range<buffer_range<minus_adds>>);

/// `a + n` clamps n to the items left, compared as unsigned: a negative n becomes "too many" and
/// lands on end() [cxx.random.arithmetic].
struct plus_clamps_unsigned : basic_iterator<plus_clamps_unsigned> {
  plus_clamps_unsigned plus(difference_type n) const {
    const auto left = static_cast<std::size_t>(w_.last - pos_);
    return moved_to(pos_ + static_cast<difference_type>(std::min(static_cast<std::size_t>(n), left)));
  }
};
static_assert(std::ranges::random_access_range<buffer_range<plus_clamps_unsigned>>);

/// `a[n]` indexes the buffer from begin(), not from `a` [cxx.random.subscript].
struct subscript_from_begin : basic_iterator<subscript_from_begin> {
  const value& subscript(difference_type n) const { return item(w_.first + n); }
};
static_assert(std::ranges::random_access_range<buffer_range<subscript_from_begin>>);

/// `a[n]` takes std::reverse_iterator's `base()[-n - 1]` for a negative n: one too far back
/// [cxx.random.subscript].
struct subscript_negative_one_further : basic_iterator<subscript_negative_one_further> {
  const value& subscript(difference_type n) const { return item(n < 0 ? pos_ + n - 1 : pos_ + n); }
};
static_assert(std::ranges::random_access_range<buffer_range<subscript_negative_one_further>>);

/// `a[n]` counts a negative n from the end, as Python's indexing does [cxx.random.subscript].
struct subscript_negative_from_end : basic_iterator<subscript_negative_from_end> {
  const value& subscript(difference_type n) const { return item(n < 0 ? w_.last + n : pos_ + n); }
};
static_assert(std::ranges::random_access_range<buffer_range<subscript_negative_from_end>>);

/// Stands at end() as "the last index, plus a past-the-end flag", and `-` subtracts the indices
/// only: a difference with end() is one short [cxx.random.difference].
struct difference_ignores_end_flag : basic_iterator<difference_ignores_end_flag> {
  difference_type distance_from(const difference_ignores_end_flag& o) const { return index() - o.index(); }

 private:
  [[nodiscard]] difference_type index() const { return pos_ == w_.last ? pos_ - 1 : pos_; }
};
static_assert(std::ranges::random_access_range<buffer_range<difference_ignores_end_flag>>);

/// `a - b` computed as an unsigned count of the steps between them: never negative
/// [cxx.random.difference].
struct difference_unsigned : basic_iterator<difference_unsigned> {
  difference_type distance_from(const difference_unsigned& o) const {
    return static_cast<difference_type>(pos_ > o.pos_ ? std::size_t(pos_ - o.pos_) : std::size_t(o.pos_ - pos_));
  }
};
static_assert(std::ranges::random_access_range<buffer_range<difference_unsigned>>);

/// `<` with its operands swapped [cxx.random.order].
struct less_inverted : basic_iterator<less_inverted> {
  bool less(const less_inverted& o) const { return o.pos_ < pos_; }
};
static_assert(std::ranges::random_access_range<buffer_range<less_inverted>>);

/// `<=` written as `<` [cxx.random.order].
struct less_equal_strict : basic_iterator<less_equal_strict> {
  bool less_equal(const less_equal_strict& o) const { return pos_ < o.pos_; }
};
static_assert(std::ranges::random_access_range<buffer_range<less_equal_strict>>);

/// `<=>` written with two outcomes, so equal positions order as less while `==` holds
/// [cxx.random.order].
struct spaceship_never_equal : basic_iterator<spaceship_never_equal> {
  std::strong_ordering compare(const spaceship_never_equal& o) const {
    return pos_ <= o.pos_ ? std::strong_ordering::less : std::strong_ordering::greater;
  }
};
static_assert(std::ranges::random_access_range<buffer_range<spaceship_never_equal>>);

/// `>` compares the items, not the positions [cxx.random.order].
struct greater_compares_items : basic_iterator<greater_compares_items> {
  bool greater(const greater_compares_items& o) const { return **this > *o; }
};
static_assert(std::ranges::random_access_range<buffer_range<greater_compares_items>>);

template <class Visitor>
void visit_random_access_mutants(Visitor&& add) {
  add("mutant::advance_by_magnitude", "cxx.random.advance",
      subject_traits{.description = "it += n walks |n| steps forward: a negative n goes the wrong way"},
      built<buffer_range<advance_by_magnitude>>);
  add("mutant::advance_zero_moves_one", "cxx.random.advance",
      subject_traits{.description = "it += n is a do-while of single steps: n == 0 moves one"},
      built<buffer_range<advance_zero_moves_one>>);
  add("mutant::retreat_adds", "cxx.random.advance",
      subject_traits{.description = "it -= n pasted from +=: it adds"}, built<buffer_range<retreat_adds>>);
  add("mutant::reversed_plus_subtracts", "cxx.random.arithmetic",
      subject_traits{.description = "n + a pasted from a - n: it subtracts"},
      built<buffer_range<reversed_plus_subtracts>>);
  add("mutant::minus_adds", "cxx.random.arithmetic",
      subject_traits{.description = "a - n pasted from a + n: it adds"}, built<buffer_range<minus_adds>>);
  add("mutant::plus_clamps_unsigned", "cxx.random.arithmetic",
      subject_traits{.description = "a + n clamps n to the items left as unsigned: a negative n lands on end()"},
      built<buffer_range<plus_clamps_unsigned>>);
  add("mutant::subscript_from_begin", "cxx.random.subscript",
      subject_traits{.description = "a[n] indexes from begin(), not from a"},
      built<buffer_range<subscript_from_begin>>);
  add("mutant::subscript_negative_one_further", "cxx.random.subscript",
      subject_traits{.description = "a[n] for a negative n uses reverse_iterator's base()[-n - 1]: one too far back"},
      built<buffer_range<subscript_negative_one_further>>);
  add("mutant::subscript_negative_from_end", "cxx.random.subscript",
      subject_traits{.description = "a[n] counts a negative n from the end, as Python's indexing does"},
      built<buffer_range<subscript_negative_from_end>>);
  add("mutant::difference_ignores_end_flag", "cxx.random.difference",
      subject_traits{.description = "end() is the last index plus a flag; b - a ignores the flag: one short at end()"},
      built<buffer_range<difference_ignores_end_flag>>);
  add("mutant::difference_unsigned", "cxx.random.difference",
      subject_traits{.description = "a - b counts the steps between as unsigned: never negative"},
      built<buffer_range<difference_unsigned>>);
  add("mutant::less_inverted", "cxx.random.order",
      subject_traits{.description = "a < b with its operands swapped"}, built<buffer_range<less_inverted>>);
  add("mutant::less_equal_strict", "cxx.random.order",
      subject_traits{.description = "a <= b written as a < b"}, built<buffer_range<less_equal_strict>>);
  add("mutant::spaceship_never_equal", "cxx.random.order",
      subject_traits{.description = "<=> has two outcomes: equal positions order as less while == holds"},
      built<buffer_range<spaceship_never_equal>>);
  add("mutant::greater_compares_items", "cxx.random.order",
      subject_traits{.description = "a > b compares the items, not the positions"},
      built<buffer_range<greater_compares_items>>);
}

}  // namespace iterconf::mutants

// The correct C++20 iterator, sentinel and range from which the C++ operator mutants each rewrite
// one hook: every operator is written on its own over a position, so that a bug in one shows in
// no other, and every position reads a slot of a padded buffer, never memory past it.
#pragma once

#include <algorithm>
#include <compare>
#include <cstddef>
#include <iterator>
#include <memory>
#include <span>
#include <type_traits>
#include <vector>

#include "basis.hpp"

namespace iterconf::mutants {

/// Where a range's items lie in its buffer: positions run from `first` to `last` (the end) in a
/// buffer of `size` slots padded with stale ones. Reading any position reads the nearest slot:
/// where a real iterator would be undefined, a mutant reads a stale value.
template <class Slot>
struct window {
  Slot* slots = nullptr;
  std::ptrdiff_t size = 0;
  std::ptrdiff_t first = 0;
  std::ptrdiff_t last = 0;

  Slot& operator[](std::ptrdiff_t i) const {
    static value none = stale_value;  // what a value-initialized iterator would read
    return size == 0 ? none : slots[std::clamp<std::ptrdiff_t>(i, 0, size - 1)];
  }
};

/// How a buffer_range lays its items out: `header` stale slots before them, `stride - 1` after
/// each, `tail` after them all, and the whole `copies` times (a double buffer).
struct layout {
  std::size_t header = 0;
  std::size_t stride = 1;
  std::size_t tail = 1;
  std::size_t copies = 1;
};

inline std::vector<value> laid_out(std::span<const value> given, layout l) {
  std::vector<value> one(l.header, stale_value);
  for (value v : given) {
    one.push_back(v);
    one.insert(one.end(), l.stride - 1, stale_value);
  }
  one.insert(one.end(), l.tail, stale_value);
  std::vector<value> out;
  for (std::size_t k = 0; k < l.copies; ++k) out.insert(out.end(), one.begin(), one.end());
  return out;
}

/// A correct iterator over a window, its category `Tag`, whose every operator calls a hook of
/// `Derived` (the defaults below) that a mutant hides with its own. Each hook is written on its
/// own over the position, as [iterator.concept.random.access] states each operator separately, so
/// that the bug stays in one operator; only the postfix ones go through the prefix ones, as
/// [iterator.concept.inc] defines them. `Slot` is `const value` for a read-only iterator, `value`
/// for a writable one.
template <class Derived, class Tag = std::random_access_iterator_tag, class Slot = const value>
class basic_iterator {
 public:
  using iterator_concept = Tag;
  using iterator_category =
      std::conditional_t<std::is_same_v<Tag, std::contiguous_iterator_tag>, std::random_access_iterator_tag, Tag>;
  using value_type = value;
  using difference_type = std::ptrdiff_t;
  using slot_type = Slot;

  /// The iterator at position `p` of `w`: how buffer_range makes every iterator, so that a mutant
  /// declares no constructor.
  static Derived placed(window<Slot> w, difference_type p) {
    Derived d;
    d.basic_iterator::w_ = w;
    d.basic_iterator::pos_ = p;
    return d;
  }

  decltype(auto) operator*() const { return self().dereference(); }
  auto operator->() const
    requires std::is_lvalue_reference_v<decltype(std::declval<const Derived&>().dereference())>
  {
    return self().address();
  }
  decltype(auto) operator[](difference_type n) const { return self().subscript(n); }
  Derived& operator++() { return self().increment(); }
  Derived operator++(int) { return self().post_increment(); }
  Derived& operator--() { return self().decrement(); }
  Derived operator--(int) { return self().post_decrement(); }
  Derived& operator+=(difference_type n) { return self().advance(n); }
  Derived& operator-=(difference_type n) { return self().retreat(n); }
  friend Derived operator+(const Derived& a, difference_type n) { return a.plus(n); }
  friend Derived operator+(difference_type n, const Derived& a) { return a.plus_reversed(n); }
  friend Derived operator-(const Derived& a, difference_type n) { return a.minus(n); }
  friend difference_type operator-(const Derived& a, const Derived& b) { return a.distance_from(b); }
  friend bool operator==(const Derived& a, const Derived& b) { return a.equals(b); }
  friend bool operator<(const Derived& a, const Derived& b) { return a.less(b); }
  friend bool operator<=(const Derived& a, const Derived& b) { return a.less_equal(b); }
  friend bool operator>(const Derived& a, const Derived& b) { return a.greater(b); }
  friend bool operator>=(const Derived& a, const Derived& b) { return a.greater_equal(b); }
  friend std::strong_ordering operator<=>(const Derived& a, const Derived& b) { return a.compare(b); }

  [[nodiscard]] difference_type position() const { return pos_; }

  // The hooks, correct.
  Slot& item(difference_type p) const { return w_[p]; }
  decltype(auto) dereference() const { return self().item(pos_); }
  auto address() const { return std::addressof(self().dereference()); }
  decltype(auto) subscript(difference_type n) const { return self().item(pos_ + n); }
  Derived& increment() {
    ++pos_;
    return self();
  }
  Derived post_increment() {
    Derived old = self();
    self().increment();
    return old;
  }
  Derived& decrement() {
    --pos_;
    return self();
  }
  Derived post_decrement() {
    Derived old = self();
    self().decrement();
    return old;
  }
  Derived& advance(difference_type n) {
    pos_ += n;
    return self();
  }
  Derived& retreat(difference_type n) {
    pos_ -= n;
    return self();
  }
  Derived plus(difference_type n) const { return moved_to(pos_ + n); }
  Derived plus_reversed(difference_type n) const { return moved_to(pos_ + n); }
  Derived minus(difference_type n) const { return moved_to(pos_ - n); }
  difference_type distance_from(const Derived& o) const { return pos_ - o.position(); }
  bool equals(const Derived& o) const { return pos_ == o.position(); }
  bool less(const Derived& o) const { return pos_ < o.position(); }
  bool less_equal(const Derived& o) const { return pos_ <= o.position(); }
  bool greater(const Derived& o) const { return pos_ > o.position(); }
  bool greater_equal(const Derived& o) const { return pos_ >= o.position(); }
  std::strong_ordering compare(const Derived& o) const { return pos_ <=> o.position(); }

 protected:
  /// This iterator, moved to position `p`.
  Derived moved_to(difference_type p) const {
    Derived d = self();
    d.basic_iterator::pos_ = p;
    return d;
  }
  Derived& self() { return static_cast<Derived&>(*this); }
  const Derived& self() const { return static_cast<const Derived&>(*this); }

  window<Slot> w_;
  difference_type pos_ = 0;
};

/// A correct iterator of category `Tag`.
template <class Tag>
struct correct_iterator : basic_iterator<correct_iterator<Tag>, Tag> {};
using plain_iterator = correct_iterator<std::random_access_iterator_tag>;
using plain_contiguous_iterator = correct_iterator<std::contiguous_iterator_tag>;

/// A correct sentinel of its own type for `Iterator`, sized ([iterator.concept.sizedsentinel]),
/// with a hook per operator as basic_iterator has; `s == i` is written apart from `i == s`, as a
/// library that spells out both overloads does.
template <class Derived, class Iterator>
class basic_sentinel {
 public:
  using difference_type = std::ptrdiff_t;

  static Derived placed(window<typename Iterator::slot_type> w) {
    Derived s;
    s.basic_sentinel::w_ = w;
    return s;
  }

  friend bool operator==(const Iterator& i, const Derived& s) { return s.is_end(i); }
  friend bool operator==(const Derived& s, const Iterator& i) { return s.is_end_reversed(i); }
  friend difference_type operator-(const Derived& s, const Iterator& i) { return s.left(i); }
  friend difference_type operator-(const Iterator& i, const Derived& s) { return s.left_reversed(i); }

  // The hooks, correct.
  bool is_end(const Iterator& i) const { return i.position() == w_.last; }
  bool is_end_reversed(const Iterator& i) const { return self().is_end(i); }
  difference_type left(const Iterator& i) const { return w_.last - i.position(); }
  difference_type left_reversed(const Iterator& i) const { return -self().left(i); }

 protected:
  const Derived& self() const { return static_cast<const Derived&>(*this); }

  window<typename Iterator::slot_type> w_;
};

/// A range over the given values laid out in a buffer (one stale slot after them at least),
/// iterated by `Iterator` up to `Sentinel`. Read-only iterators come from const begin()/end(), so
/// that std::as_const(r) iterates the same ([cxx.const.same-sequence]); writable ones only from
/// the non-const overloads.
template <class Iterator, class Sentinel = Iterator, layout Layout = layout{}>
class buffer_range {
  using slot = typename Iterator::slot_type;
  static constexpr bool read_only = std::is_const_v<slot>;

 public:
  explicit buffer_range(std::span<const value> given)
      : slots_(laid_out(given, Layout)),
        first_(static_cast<std::ptrdiff_t>(Layout.header)),
        last_(first_ + static_cast<std::ptrdiff_t>(given.size())) {}
  explicit buffer_range(const subject_input& in) : buffer_range(in.given) {}

  [[nodiscard]] Iterator begin() const
    requires read_only
  {
    return iterator_at(first_);
  }
  [[nodiscard]] Sentinel end() const
    requires read_only
  {
    return sentinel();
  }
  [[nodiscard]] Iterator begin()
    requires(!read_only)
  {
    return iterator_at(first_);
  }
  [[nodiscard]] Sentinel end()
    requires(!read_only)
  {
    return sentinel();
  }

 protected:
  [[nodiscard]] window<slot> bounds() const { return {slots_.data(), std::ssize(slots_), first_, last_}; }
  [[nodiscard]] Iterator iterator_at(std::ptrdiff_t p) const { return Iterator::placed(bounds(), p); }
  [[nodiscard]] Sentinel sentinel() const {
    if constexpr (std::is_same_v<Sentinel, Iterator>) {
      return iterator_at(last_);
    } else {
      return Sentinel::placed(bounds());
    }
  }

  // Mutable so that one bounds() serves both kinds: writable iterators come from non-const
  // begin() and end() only.
  mutable std::vector<value> slots_;
  std::ptrdiff_t first_;
  std::ptrdiff_t last_;
};

/// A copy of `it` kept in a static and returned by reference: how a `++` or `--` that must return
/// `iterator&` (std::weakly_incrementable, std::bidirectional_iterator) returns the wrong object.
template <class Iterator>
Iterator& saved_copy(const Iterator& it) {
  thread_local Iterator copy;
  copy = it;
  return copy;
}

/// The factory of a mutant built from the case's values alone.
template <class T>
T built(const subject_input& in) {
  return T(in);
}

}  // namespace iterconf::mutants

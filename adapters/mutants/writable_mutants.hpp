// Mutants of writable forward ranges: writes that land in a copy, one position off, or in a
// write-back cache that loses all but the last of a run of writes, and an iter_swap that does not
// exchange. Reads are correct in each.
#pragma once

#include <cstddef>

#include "iterator_basis.hpp"

namespace iterconf::mutants {

/// What `*it` of a proxy iterator returns, as vector<bool>'s reference: reading converts through
/// the iterator's read(), assigning goes through its write(). It holds a copy of the iterator, so
/// that it never refers to a temporary.
template <class Iterator>
class proxy {
 public:
  explicit proxy(Iterator it) : it_(it) {}
  proxy(const proxy&) = default;
  operator value() const { return it_.read(); }  // NOLINT(google-explicit-constructor): a reference's conversion
  const proxy& operator=(value v) const {
    it_.write(v);
    return *this;
  }
  const proxy& operator=(const proxy& other) const { return *this = static_cast<value>(other); }

 private:
  Iterator it_;
};

/// A correct writable forward iterator whose reference is a proxy; `Derived` hides read() or
/// write().
template <class Derived>
struct proxy_iterator : basic_iterator<Derived, std::forward_iterator_tag, value> {
  using iterator_category = std::input_iterator_tag;  // its reference is no `value&`
  proxy<Derived> dereference() const { return proxy<Derived>(this->self()); }
  [[nodiscard]] value read() const { return this->item(this->pos_); }
  void write(value v) const { this->item(this->pos_) = v; }
};

/// `*it` returns a reference to a copy of the item it has just made (an accessor that copies out
/// of the buffer "for safety"): `*it = v` lands in the copy and is lost [cxx.writable.read-back].
struct copying_iterator : basic_iterator<copying_iterator, std::forward_iterator_tag, value> {
  value& dereference() const {
    copy_ = item(pos_);
    return copy_;
  }

 private:
  mutable value copy_ = 0;
};
static_assert(std::indirectly_writable<copying_iterator, value>);
static_assert(std::ranges::forward_range<buffer_range<copying_iterator>>);

/// The proxy's store path indexes from 1, as the packed array it came from did: `*it = v` lands
/// on the next position (the stale slot after the last) [cxx.writable.read-back].
struct writes_next : proxy_iterator<writes_next> {
  void write(value v) const { item(pos_ + 1) = v; }
};
static_assert(std::indirectly_writable<writes_next, value>);
static_assert(std::ranges::forward_range<buffer_range<writes_next>>);

/// The range's one-entry write-back cache: the position it holds a write for, and the item.
struct pending_write {
  std::ptrdiff_t position = -1;
  value item = 0;
};

/// Writes go to the range's one-entry write-back cache, and a write elsewhere evicts the entry
/// without storing it: one write reads back, a std::ranges::fill or copy keeps only its last
/// [cxx.writable.algorithms].
struct write_back_iterator : proxy_iterator<write_back_iterator> {
  [[nodiscard]] value read() const { return cache != nullptr && cache->position == pos_ ? cache->item : item(pos_); }
  void write(value v) const { *cache = {pos_, v}; }  // should first store the entry it evicts

  pending_write* cache = nullptr;  // the range's
};
static_assert(std::indirectly_writable<write_back_iterator, value>);

class write_back_range : public buffer_range<write_back_iterator> {
 public:
  using buffer_range::buffer_range;
  [[nodiscard]] write_back_iterator begin() { return with_cache(iterator_at(first_)); }
  [[nodiscard]] write_back_iterator end() { return with_cache(iterator_at(last_)); }

 private:
  write_back_iterator with_cache(write_back_iterator it) {
    it.cache = &cache_;
    return it;
  }
  pending_write cache_;
};
static_assert(std::ranges::forward_range<write_back_range>);

/// Its own iter_swap, written as two assignments without a temporary: both items end as the
/// second's [cxx.writable.iter-swap].
struct swap_without_temporary : basic_iterator<swap_without_temporary, std::forward_iterator_tag, value> {
  friend void iter_swap(const swap_without_temporary& a, const swap_without_temporary& b) {
    *a = *b;
    *b = *a;
  }
};
static_assert(std::indirectly_swappable<swap_without_temporary>);
static_assert(std::ranges::forward_range<buffer_range<swap_without_temporary>>);

/// Its own iter_swap moves the first item into the second place and forgets the other half
/// [cxx.writable.iter-swap].
struct swap_half : basic_iterator<swap_half, std::forward_iterator_tag, value> {
  friend void iter_swap(const swap_half& a, const swap_half& b) { *b = std::ranges::iter_move(a); }
};
static_assert(std::indirectly_swappable<swap_half>);
static_assert(std::ranges::forward_range<buffer_range<swap_half>>);

template <class Visitor>
void visit_writable_mutants(Visitor&& add) {
  add("mutant::write_to_copy", "cxx.writable.read-back",
      subject_traits{.description = "*it is a reference to a copy it has just made: writes are lost"},
      built<buffer_range<copying_iterator>>);
  add("mutant::write_lands_next", "cxx.writable.read-back",
      subject_traits{.description = "the proxy's store path indexes from 1: a write lands one position on"},
      built<buffer_range<writes_next>>);
  add("mutant::write_back_evicts_unstored", "cxx.writable.algorithms",
      subject_traits{.description = "a one-entry write-back cache evicted unstored: a fill keeps only its last write"},
      built<write_back_range>);
  add("mutant::iter_swap_without_temporary", "cxx.writable.iter-swap",
      subject_traits{.description = "its iter_swap assigns *a = *b, then *b = *a: both end as the second item"},
      built<buffer_range<swap_without_temporary>>);
  add("mutant::iter_swap_half", "cxx.writable.iter-swap",
      subject_traits{.description = "its iter_swap moves *a into *b and leaves *a as it was"},
      built<buffer_range<swap_half>>);
}

}  // namespace iterconf::mutants

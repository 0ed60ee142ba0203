// Mutants of what a range says about its storage: a sentinel whose two `==` disagree, a sized
// sentinel that counts wrong, a contiguous iterator whose addresses are not contiguous, data()
// that is not begin()'s address, and const overloads of begin()/end() that iterate otherwise.
// Each is correct but for that one thing.
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

#include "iterator_basis.hpp"

namespace iterconf::mutants {

/// The sentinel mutants' items begin after a header of two slots, so that a bound taken from the
/// buffer's start instead of the range's shows.
template <class Sentinel>
using sentinel_mutant = buffer_range<plain_iterator, Sentinel, layout{.header = 2}>;

/// `s == i` compares the iterator with the other bound, begin(): the reversed overload picked the
/// wrong member [cxx.sentinel.agree].
struct reversed_checks_begin : basic_sentinel<reversed_checks_begin, plain_iterator> {
  bool is_end_reversed(const plain_iterator& i) const { return i.position() == w_.first; }
};
static_assert(std::sentinel_for<reversed_checks_begin, plain_iterator>);

/// `s == i` compares the iterator's index in the buffer with the number of items: right only when
/// the items start the buffer [cxx.sentinel.agree].
struct reversed_ignores_offset : basic_sentinel<reversed_ignores_offset, plain_iterator> {
  bool is_end_reversed(const plain_iterator& i) const { return i.position() == w_.last - w_.first; }
};
static_assert(std::sentinel_for<reversed_ignores_offset, plain_iterator>);

/// `s - i` subtracts the iterator's index in the buffer from the number of items, ignoring where
/// the items start [cxx.sized-sentinel.difference].
struct left_ignores_offset : basic_sentinel<left_ignores_offset, plain_iterator> {
  difference_type left(const plain_iterator& i) const { return (w_.last - w_.first) - i.position(); }
};
static_assert(std::sized_sentinel_for<left_ignores_offset, plain_iterator>);

/// `i - s` pasted from `s - i`: not negated [cxx.sized-sentinel.difference].
struct left_reversed_not_negated : basic_sentinel<left_reversed_not_negated, plain_iterator> {
  difference_type left_reversed(const plain_iterator& i) const { return left(i); }
};
static_assert(std::sized_sentinel_for<left_reversed_not_negated, plain_iterator>);

/// `s - i` subtracts the two addresses as bytes (char pointers): it counts bytes, not items
/// [cxx.sized-sentinel.difference].
struct left_counts_bytes : basic_sentinel<left_counts_bytes, plain_iterator> {
  difference_type left(const plain_iterator& i) const {
    return (w_.last - i.position()) * static_cast<difference_type>(sizeof(value));
  }
};
static_assert(std::sized_sentinel_for<left_counts_bytes, plain_iterator>);

/// Keeps each item in every other slot (an array of {item, padding} pairs) yet claims contiguous:
/// `to_address(a + n)` is 2n slots on [cxx.contiguous.address].
struct strided : basic_iterator<strided, std::contiguous_iterator_tag> {
  const value& item(difference_type p) const { return w_[2 * p]; }
};
using contiguous_strided = buffer_range<strided, strided, layout{.stride = 2}>;
static_assert(std::ranges::contiguous_range<contiguous_strided>);

/// Double-buffered, with a std::pointer_traits whose to_address (which std::to_address asks
/// first) points into the back copy while `*` and `->` read the front one [cxx.contiguous.address].
struct back_buffer_address : basic_iterator<back_buffer_address, std::contiguous_iterator_tag> {
  [[nodiscard]] const value* back_address() const { return &item(pos_ + w_.size / 2); }
};
using contiguous_back_buffer = buffer_range<back_buffer_address, back_buffer_address, layout{.copies = 2}>;

}  // namespace iterconf::mutants

template <>
struct std::pointer_traits<iterconf::mutants::back_buffer_address> {
  using pointer = iterconf::mutants::back_buffer_address;
  using element_type = const iterconf::value;
  using difference_type = std::ptrdiff_t;
  static element_type* to_address(const pointer& it) noexcept { return it.back_address(); }
};

namespace iterconf::mutants {

static_assert(std::ranges::contiguous_range<contiguous_back_buffer>);

/// data() returns the start of the buffer while begin() skips its header slot
/// [cxx.contiguous.data].
class data_at_header
    : public buffer_range<plain_contiguous_iterator, plain_contiguous_iterator, layout{.header = 1}> {
 public:
  using buffer_range::buffer_range;
  [[nodiscard]] const value* data() const { return slots_.data(); }
};
static_assert(std::ranges::contiguous_range<data_at_header>);

/// data() returns the buffer of a copy made at construction, for a C API [cxx.contiguous.data].
class data_of_copy : public buffer_range<plain_contiguous_iterator> {
 public:
  explicit data_of_copy(const subject_input& in) : buffer_range(in), copy_(slots_) {}
  [[nodiscard]] const value* data() const { return copy_.data(); }

 private:
  std::vector<value> copy_;
};
static_assert(std::ranges::contiguous_range<data_of_copy>);

/// empty() asks whether the buffer is empty, and the buffer keeps a header slot: a range over
/// nothing says it has items [cxx.range.empty].
class empty_asks_buffer : public buffer_range<plain_iterator, plain_iterator, layout{.header = 1}> {
 public:
  using buffer_range::buffer_range;
  [[nodiscard]] bool empty() const { return slots_.empty(); }
};
static_assert(std::ranges::forward_range<empty_asks_buffer>);

/// empty() compares where the items begin with 0 instead of with where they end: every range
/// whose items start the buffer says it is empty [cxx.range.empty].
class empty_checks_start : public buffer_range<plain_iterator> {
 public:
  using buffer_range::buffer_range;
  [[nodiscard]] bool empty() const { return first_ == 0; }
};
static_assert(std::ranges::forward_range<empty_checks_start>);

/// A range whose mutable begin() and end() are correct and whose const ones are those of a
/// `Const` built from the same values [cxx.const.same-sequence].
template <class Const>
class const_overloads_from : public buffer_range<plain_iterator> {
 public:
  explicit const_overloads_from(const subject_input& in) : buffer_range(in), const_(in) {}
  [[nodiscard]] plain_iterator begin() { return buffer_range::begin(); }
  [[nodiscard]] plain_iterator end() { return buffer_range::end(); }
  [[nodiscard]] plain_iterator begin() const { return const_.begin(); }
  [[nodiscard]] plain_iterator end() const { return const_.end(); }

 private:
  Const const_;
};

/// The const begin() kept from when the buffer had a header slot: it skips the first item.
struct skips_first : buffer_range<plain_iterator> {
  using buffer_range::buffer_range;
  [[nodiscard]] plain_iterator begin() const { return iterator_at(std::min(first_ + 1, last_)); }
};
/// The const end() kept from when the buffer ended with a terminator: it takes in the stale slot.
struct past_last : buffer_range<plain_iterator> {
  using buffer_range::buffer_range;
  [[nodiscard]] plain_iterator end() const { return iterator_at(last_ + 1); }
};
/// The cache the const overloads iterate, filled before the constructor appended the last item.
struct all_but_last : buffer_range<plain_iterator> {
  explicit all_but_last(const subject_input& in)
      : buffer_range(in.given.first(in.given.empty() ? 0 : in.given.size() - 1)) {}
};
static_assert(std::ranges::input_range<const const_overloads_from<skips_first>>);
static_assert(std::ranges::input_range<const const_overloads_from<past_last>>);
static_assert(std::ranges::input_range<const const_overloads_from<all_but_last>>);

template <class Visitor>
void visit_storage_mutants(Visitor&& add) {
  add("mutant::sentinel_reversed_checks_begin", "cxx.sentinel.agree",
      subject_traits{.description = "s == i compares the iterator with begin(), i == s with end()"},
      built<sentinel_mutant<reversed_checks_begin>>);
  add("mutant::sentinel_reversed_ignores_offset", "cxx.sentinel.agree",
      subject_traits{.description = "s == i compares the buffer index with the item count, ignoring the header"},
      built<sentinel_mutant<reversed_ignores_offset>>);
  add("mutant::sized_sentinel_ignores_offset", "cxx.sized-sentinel.difference",
      subject_traits{.description = "end - it subtracts the buffer index from the item count, ignoring the header"},
      built<sentinel_mutant<left_ignores_offset>>);
  add("mutant::sized_sentinel_not_negated", "cxx.sized-sentinel.difference",
      subject_traits{.description = "it - end pasted from end - it: not negated"},
      built<sentinel_mutant<left_reversed_not_negated>>);
  add("mutant::sized_sentinel_counts_bytes", "cxx.sized-sentinel.difference",
      subject_traits{.description = "end - it subtracts addresses as bytes: it counts bytes, not items"},
      built<sentinel_mutant<left_counts_bytes>>);
  add("mutant::contiguous_strided", "cxx.contiguous.address",
      subject_traits{.description = "claims contiguous but keeps each item in every other slot"},
      built<contiguous_strided>);
  add("mutant::contiguous_back_buffer", "cxx.contiguous.address",
      subject_traits{.description = "double-buffered: * reads the front copy, to_address points into the back one"},
      built<contiguous_back_buffer>);
  add("mutant::data_at_header", "cxx.contiguous.data",
      subject_traits{.description = "data() is the start of the buffer, begin() the item after its header slot"},
      built<data_at_header>);
  add("mutant::data_of_copy", "cxx.contiguous.data",
      subject_traits{.description = "data() is the buffer of a copy made at construction"}, built<data_of_copy>);
  add("mutant::empty_asks_buffer", "cxx.range.empty",
      subject_traits{.description = "empty() asks whether the buffer is empty, and the buffer keeps a header slot"},
      built<empty_asks_buffer>);
  add("mutant::empty_checks_start", "cxx.range.empty",
      subject_traits{.description = "empty() compares where the items begin with 0, not with where they end"},
      built<empty_checks_start>);
  add("mutant::const_begin_skips_first", "cxx.const.same-sequence",
      subject_traits{.description = "the const begin() skips the first item (kept from a buffer with a header)"},
      built<const_overloads_from<skips_first>>);
  add("mutant::const_end_past_last", "cxx.const.same-sequence",
      subject_traits{.description = "the const end() is one past the last item, taking in a stale slot"},
      built<const_overloads_from<past_last>>);
  add("mutant::const_iterates_stale_cache", "cxx.const.same-sequence",
      subject_traits{.description = "the const overloads iterate a cache filled before the last item was added"},
      built<const_overloads_from<all_but_last>>);
}

}  // namespace iterconf::mutants

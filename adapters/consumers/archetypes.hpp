// Consumer archetypes: minimal ranges over a case's given values, one per shape (iterator
// category, sized or not, common or sentinel-terminated, with or without their own contains and
// index access), that record in the case's probe every protocol operation a consumer makes on
// them, so that a case observes what a consumer really did (spec/INTERPRETING.md, section 9).
// They play the part libc++'s test_iterators.h and MSVC STL's range_algorithm_support.hpp give
// their archetypes: each models exactly the concepts its shape claims, and nothing more.
#pragma once

#include <algorithm>
#include <compare>
#include <cstddef>
#include <iterator>
#include <ranges>
#include <stdexcept>
#include <string>
#include <vector>

#include "iterconf/adapt/concepts.hpp"
#include "iterconf/subject.hpp"

namespace iterconf::consumers {

/// How an archetype can be walked: its iterator category, or not at all (index access only).
enum class walk { none, input, forward, bidirectional, random_access };

/// What an archetype offers a consumer. A structural type: archetypes take it as a template
/// argument, `archetype<shape{.category = walk::forward, .sized = true}>`.
struct shape {
  walk category = walk::forward;
  /// A member size() (a common random-access archetype is sized by its iterators anyway).
  bool sized = false;
  /// end() returns the iterator type; otherwise std::default_sentinel_t.
  bool common = true;
  /// A member contains(v): [in.contains-first].
  bool own_contains = false;
  /// at(i), throwing std::out_of_range past the end, and operator[] with size(): [in.fallback.getitem].
  bool indexed = false;
};

/// The shapes archetypes model. Left out, on purpose: index access on anything but a random-access
/// or non-iterable archetype, and an input archetype with its own contains (a single pass that
/// answers membership without consuming is no type a consumer meets in practice).
constexpr bool is_modelled(shape s) {
  if (s.category == walk::none) return (s.indexed || s.own_contains) && s.common && s.sized == s.indexed;
  if (s.indexed && (s.category != walk::random_access || !s.sized)) return false;
  if (s.category == walk::random_access && s.common && !s.sized) return false;
  if (s.category == walk::input && s.own_contains) return false;
  return true;
}

/// "forward_sized_contains", "input", "bidirectional_sentinel", "index_only", ...
inline std::string name_of(shape s) {
  static const char* const walks[] = {"", "input", "forward", "bidirectional", "random_access"};
  if (s.category == walk::none) {
    if (!s.indexed) return "contains_only";
    return s.own_contains ? "index_only_contains" : "index_only";
  }
  std::string name = walks[static_cast<int>(s.category)];
  if (s.sized) name += "_sized";
  if (!s.common) name += "_sentinel";
  if (s.own_contains) name += "_contains";
  if (s.indexed) name += "_indexed";
  return name;
}

/// One line on what the archetype offers, for listings.
inline std::string description_of(shape s) {
  static const char* const walks[] = {"", "input-only (single pass)", "forward", "bidirectional", "random-access"};
  if (s.category == walk::none) {
    if (!s.indexed) return "contains-only archetype";
    return s.own_contains ? "index-only archetype (at(), operator[], size()) with its own contains"
                          : "index-only archetype (at(), operator[], size())";
  }
  std::string text = std::string(walks[static_cast<int>(s.category)]) + " archetype";
  text += s.sized ? ", sized" : ", not sized";
  text += s.common ? ", common" : ", sentinel-terminated";
  if (s.own_contains) text += ", with its own contains";
  if (s.indexed) text += ", with at()/operator[] and size()";
  return text;
}

namespace detail {
template <walk W>
struct tag_of {
  using type = std::input_iterator_tag;  // walk::none has no iterator; the tag is never used
};
template <>
struct tag_of<walk::forward> {
  using type = std::forward_iterator_tag;
};
template <>
struct tag_of<walk::bidirectional> {
  using type = std::bidirectional_iterator_tag;
};
template <>
struct tag_of<walk::random_access> {
  using type = std::random_access_iterator_tag;
};

/// `n + i` for random-access iterators, which cannot be a member (GCC 12 fails on hidden friends
/// constrained inside a nested class of a template, so the operator comes from a base or not).
template <class It, bool Enabled>
struct offset_first {};
template <class It>
struct offset_first<It, true> {
  friend It operator+(std::ptrdiff_t n, const It& i) { return i + n; }
};
}  // namespace detail

/// An archetype of shape S over the given values. What it records in the case's probe:
/// - `iters`: every begin() call;
/// - `contains`: every call of its own contains;
/// - `index`: every index tried through at() or operator[], the one that meets the index error
///   included;
/// - `produced`: every element produced: read from the source by an input archetype (begin()
///   and ++ read the next one, as std::istream_iterator does, so it is lazy, with no look-ahead),
///   dereferenced on the others (which keep their values and compute nothing ahead).
/// It raises iterconf's injected error where the case asks (`raises_at`), when it would produce
/// that element.
///
/// The input archetype is its own iterator: its iterators share one position, and begin() moves
/// past the element the previous iterator stood on, as a new loop after a `break` does
/// (spec/INTERPRETING.md 5.1); so a membership test consumes it up to the match, and no further
/// if the consumer stops there.
template <shape S>
  requires(is_modelled(S))
class archetype {
  static constexpr bool single_pass = S.category == walk::input;
  static constexpr bool bidirectional = S.category >= walk::bidirectional;
  static constexpr bool random_access = S.category == walk::random_access;

 public:
  class iterator : public detail::offset_first<iterator, random_access> {
   public:
    using iterator_concept = typename detail::tag_of<S.category>::type;
    using iterator_category = iterator_concept;  // what std::find (Abseil) and Boost.Range go by
    using value_type = value;
    using difference_type = std::ptrdiff_t;
    using reference = const value&;
    using pointer = const value*;

    iterator() = default;

    reference operator*() const {
      if constexpr (single_pass) {
        return owner_->current_;
      } else {
        return owner_->produce(position_);
      }
    }
    reference operator[](difference_type n) const
      requires(random_access)
    {
      return *(*this + n);
    }

    iterator& operator++() {
      if constexpr (single_pass) {
        owner_->read_next();
      } else {
        ++position_;
      }
      return *this;
    }
    void operator++(int)
      requires(single_pass)
    {
      ++*this;
    }
    iterator operator++(int)
      requires(!single_pass)
    {
      iterator before = *this;
      ++*this;
      return before;
    }
    iterator& operator--()
      requires(bidirectional)
    {
      --position_;
      return *this;
    }
    iterator operator--(int)
      requires(bidirectional)
    {
      iterator before = *this;
      --position_;
      return before;
    }
    iterator& operator+=(difference_type n)
      requires(random_access)
    {
      position_ = static_cast<std::size_t>(static_cast<difference_type>(position_) + n);
      return *this;
    }
    iterator& operator-=(difference_type n)
      requires(random_access)
    {
      return *this += -n;
    }
    iterator operator+(difference_type n) const
      requires(random_access)
    {
      iterator moved = *this;
      return moved += n;
    }
    iterator operator-(difference_type n) const
      requires(random_access)
    {
      iterator moved = *this;
      return moved -= n;
    }
    difference_type operator-(const iterator& other) const
      requires(random_access)
    {
      return static_cast<difference_type>(position_) - static_cast<difference_type>(other.position_);
    }

    /// Multi-pass: the same position. Single pass: both at the end, or neither (as two
    /// std::istream_iterators compare), which makes the common input archetype common.
    friend bool operator==(const iterator& a, const iterator& b) {
      if constexpr (single_pass) {
        return a.at_end() == b.at_end();
      } else {
        return a.position_ == b.position_;
      }
    }
    std::strong_ordering operator<=>(const iterator& other) const
      requires(random_access)
    {
      return position_ <=> other.position_;
    }
    bool operator==(std::default_sentinel_t) const { return at_end(); }

   private:
    friend class archetype;
    iterator(const archetype* owner, std::size_t position) : owner_(owner), position_(position) {}

    [[nodiscard]] bool at_end() const {
      if constexpr (single_pass) {
        return owner_ == nullptr || owner_->done_;
      } else {
        return position_ == owner_->values_.size();
      }
    }

    const archetype* owner_ = nullptr;
    std::size_t position_ = 0;  // multi-pass only: single-pass iterators share their owner's
  };
  using const_iterator = iterator;  // Boost.Range asks for both

  explicit archetype(const subject_input& in) : values_(in.given.begin(), in.given.end()), in_(in) {}

  /// const, since Boost's and Abseil's algorithms take the range by const reference.
  iterator begin() const
    requires(S.category != walk::none)
  {
    in_.events.iter_called();
    if constexpr (single_pass) read_next();
    return iterator(this, 0);
  }
  auto end() const
    requires(S.category != walk::none)
  {
    if constexpr (!S.common) {
      return std::default_sentinel;
    } else if constexpr (single_pass) {
      return iterator();
    } else {
      return iterator(this, values_.size());
    }
  }
  [[nodiscard]] std::size_t size() const
    requires(S.sized)
  {
    return values_.size();
  }

  /// The archetype's own membership: one call, no iteration.
  [[nodiscard]] bool contains(value v) const
    requires(S.own_contains)
  {
    in_.events.contains_called();
    return std::find(values_.begin(), values_.end(), v) != values_.end();
  }

  value at(std::size_t i) const
    requires(S.indexed)
  {
    in_.events.index_tried(i);
    if (i >= values_.size()) throw std::out_of_range("index " + std::to_string(i) + " out of range");
    return produce(i);
  }
  /// Below size() only, as operator[] of the standard containers.
  value operator[](std::size_t i) const
    requires(S.indexed)
  {
    in_.events.index_tried(i);
    return produce(i);
  }

 private:
  const value& produce(std::size_t i) const {
    in_.raise_if_due(i);
    in_.events.value_produced();
    return values_[i];
  }
  // The input archetype's one read: the next element becomes the current one, or the end.
  void read_next() const {
    if (next_ >= values_.size()) {
      done_ = true;
      return;
    }
    const std::size_t i = next_++;
    current_ = produce(i);
  }

  std::vector<value> values_;
  subject_input in_;
  // The single pass's shared position (mutable: begin() is const, and reads).
  mutable std::size_t next_ = 0;
  mutable value current_ = 0;
  mutable bool done_ = false;
};

/// Whether archetype<S> models exactly the concepts S claims (and the membership paths).
template <shape S>
constexpr bool claims_exactly() {
  using A = archetype<S>;
  const walk c = S.category;
  const bool is_range = c != walk::none;
  bool ok = std::ranges::input_range<A> == is_range && std::ranges::forward_range<A> == (c >= walk::forward) &&
            std::ranges::bidirectional_range<A> == (c >= walk::bidirectional) &&
            std::ranges::random_access_range<A> == (c >= walk::random_access) && !std::ranges::contiguous_range<A> &&
            !std::ranges::borrowed_range<A> && adapt::has_contains<A> == S.own_contains && !adapt::has_find<A> &&
            adapt::has_at<A> == S.indexed && adapt::has_subscript<A> == S.indexed && !adapt::next_style<A> &&
            adapt::iterable<A> == (is_range || S.indexed);
  if constexpr (S.category != walk::none) {
    using I = std::ranges::iterator_t<A>;
    ok = ok && std::ranges::sized_range<A> == (S.sized || (c == walk::random_access && S.common)) &&
         std::ranges::common_range<A> == S.common && std::input_iterator<I> &&
         std::forward_iterator<I> == (c >= walk::forward) &&
         std::same_as<typename std::iterator_traits<I>::iterator_category, typename detail::tag_of<S.category>::type>;
  }
  return ok;
}

/// The archetypes every consumer meets, where it can take them.
namespace shapes {
/// A container with its own contains: [in.contains-first], in.consumer.prefers-contains.
inline constexpr shape forward_sized_contains{.category = walk::forward, .sized = true, .own_contains = true};
/// An iterator: one pass, which membership partly consumes ([in.partial-consume]).
inline constexpr shape input{.category = walk::input};
/// A plain container: [in.fallback.iterate].
inline constexpr shape forward_sized{.category = walk::forward, .sized = true};
/// Index access only: [in.fallback.getitem]; no generic algorithm takes it.
inline constexpr shape index_only{.category = walk::none, .sized = true, .indexed = true};
/// A range whose end is a sentinel: what std::ranges and range-v3 take and C++17 algorithms do not.
inline constexpr shape bidirectional_sentinel{.category = walk::bidirectional, .common = false};
/// Random access with index access too: iteration still comes first ([in.fallback.iterate]).
inline constexpr shape random_access_sized_indexed{.category = walk::random_access, .sized = true, .indexed = true};
}  // namespace shapes

static_assert(claims_exactly<shapes::forward_sized_contains>());
static_assert(claims_exactly<shapes::input>());
static_assert(claims_exactly<shapes::forward_sized>());
static_assert(claims_exactly<shapes::index_only>());
static_assert(claims_exactly<shapes::bidirectional_sentinel>());
static_assert(claims_exactly<shapes::random_access_sized_indexed>());
// The other corners of the family, so that they keep compiling and claiming what they say.
static_assert(claims_exactly<shape{.category = walk::input, .sized = true, .common = false}>());
static_assert(claims_exactly<shape{.category = walk::forward, .common = false, .own_contains = true}>());
static_assert(claims_exactly<shape{.category = walk::bidirectional, .sized = true}>());
static_assert(claims_exactly<shape{.category = walk::random_access, .sized = true, .common = false}>());
static_assert(claims_exactly<shape{.category = walk::random_access, .common = false}>());
static_assert(claims_exactly<shape{.category = walk::none, .own_contains = true}>());

}  // namespace iterconf::consumers

// What the mutants are built from: the given values, and a correct iterator by position from which
// a mutant changes one thing. Every bug is deterministic: reading "past the end" reads a stale
// value kept for the purpose, never memory that is not there.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <vector>

#include "iterconf/subject.hpp"
#include "iterconf/traits.hpp"

namespace iterconf::mutants {

/// The value a buffer holds past its items: what a stale slot of a reused buffer would hold.
inline constexpr value stale_value = 57005;  // 0xDEAD

/// The given values in a vector, with `padding` stale slots after them.
inline std::vector<value> values_of(const subject_input& in, std::size_t padding = 0) {
  std::vector<value> out(in.given.begin(), in.given.end());
  out.insert(out.end(), padding, stale_value);
  return out;
}

/// A random-access iterator over a vector by position: correct, so that a mutant can change one
/// member (its begin, its end, its step) and nothing else.
class position_iterator {
 public:
  using iterator_category = std::random_access_iterator_tag;
  using iterator_concept = std::random_access_iterator_tag;
  using value_type = value;
  using difference_type = std::ptrdiff_t;
  using pointer = const value*;
  using reference = const value&;

  position_iterator() = default;
  position_iterator(const std::vector<value>* items, std::size_t i) : items_(items), i_(i) {}

  reference operator*() const { return (*items_)[i_]; }
  reference operator[](difference_type d) const { return (*items_)[i_ + static_cast<std::size_t>(d)]; }
  position_iterator& operator++() {
    ++i_;
    return *this;
  }
  position_iterator operator++(int) {
    auto old = *this;
    ++i_;
    return old;
  }
  position_iterator& operator--() {
    --i_;
    return *this;
  }
  position_iterator operator--(int) {
    auto old = *this;
    --i_;
    return old;
  }
  position_iterator& operator+=(difference_type d) {
    i_ = static_cast<std::size_t>(static_cast<difference_type>(i_) + d);
    return *this;
  }
  position_iterator& operator-=(difference_type d) { return *this += -d; }
  friend position_iterator operator+(position_iterator it, difference_type d) { return it += d; }
  friend position_iterator operator+(difference_type d, position_iterator it) { return it += d; }
  friend position_iterator operator-(position_iterator it, difference_type d) { return it -= d; }
  friend difference_type operator-(const position_iterator& a, const position_iterator& b) {
    return static_cast<difference_type>(a.i_) - static_cast<difference_type>(b.i_);
  }
  bool operator==(const position_iterator& o) const { return i_ == o.i_; }
  auto operator<=>(const position_iterator& o) const { return i_ <=> o.i_; }
  [[nodiscard]] std::size_t position() const { return i_; }

 private:
  const std::vector<value>* items_ = nullptr;
  std::size_t i_ = 0;
};

/// Where a stepping_iterator ends: `AtEnd{}(items, i)`.
struct at_last_item {
  bool operator()(const std::vector<value>& items, std::size_t i) const { return i >= items.size(); }
};
/// A cycle ends only when it has nothing to cycle over.
struct only_when_empty {
  bool operator()(const std::vector<value>& items, std::size_t) const { return items.empty(); }
};
struct step_one {
  void operator()(std::size_t& i, std::size_t) const { ++i; }
};

/// A forward iterator whose step and end test are policies, for the mutants whose bug is in how
/// the iterator steps or where it stops. Its item is `items[i % n]`, so cycles count up for ever.
template <class Step, class AtEnd = at_last_item>
class stepping_iterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using iterator_concept = std::forward_iterator_tag;
  using value_type = value;
  using difference_type = std::ptrdiff_t;
  using pointer = const value*;
  using reference = const value&;

  stepping_iterator() = default;
  stepping_iterator(const std::vector<value>* items, std::size_t i) : items_(items), i_(i) {}

  reference operator*() const { return (*items_)[i_ % items_->size()]; }
  stepping_iterator& operator++() {
    Step{}(i_, items_->size());
    return *this;
  }
  stepping_iterator operator++(int) {
    auto old = *this;
    ++*this;
    return old;
  }
  bool operator==(const stepping_iterator& o) const { return i_ == o.i_; }
  bool operator==(std::default_sentinel_t) const { return AtEnd{}(*items_, i_); }

 private:
  const std::vector<value>* items_ = nullptr;
  std::size_t i_ = 0;
};

/// A vector-backed range iterated by a stepping_iterator, up to its end test.
template <class Step, class AtEnd = at_last_item>
class stepped_range {
 public:
  explicit stepped_range(const subject_input& in) : items_(values_of(in)) {}
  [[nodiscard]] stepping_iterator<Step, AtEnd> begin() const { return {&items_, 0}; }
  [[nodiscard]] std::default_sentinel_t end() const { return {}; }

 private:
  std::vector<value> items_;
};

}  // namespace iterconf::mutants

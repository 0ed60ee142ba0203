// Types that opt out of part of the protocol, or get it wrong, as Python classes can: an
// `__iter__ = None` (index access, no iteration), a `__contains__ = None` (iteration, no
// contains) and an `__iter__` that returns no iterator (spec/iter.md, spec/in.md).
#pragma once

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "iterconf/subject.hpp"

namespace iterconf::seed {

/// Index access with begin() and end() deleted: it opts out of iteration. Concepts cannot tell a
/// deleted begin() from an absent one, so the registration declares the opt-out
/// (`.positional = false`): iter() and `in` are then type errors, with no index walk
/// ([iter.opt-out]).
class opted_out {
 public:
  explicit opted_out(subject_input in) : items_(in.given.begin(), in.given.end()) {}

  void begin() const = delete;
  void end() const = delete;
  [[nodiscard]] value at(std::size_t i) const {
    if (i >= items_.size()) throw std::out_of_range("index " + std::to_string(i) + " out of range");
    return items_[i];
  }
  value operator[](std::size_t i) const { return at(i); }
  [[nodiscard]] std::size_t size() const { return items_.size(); }

 private:
  std::vector<value> items_;
};

/// A range whose contains() is deleted: C++ has no way to refuse membership by it, so `in` walks
/// the range (spec/in.md, "Opting out of contains").
class contains_deleted {
 public:
  explicit contains_deleted(subject_input in) : items_(in.given.begin(), in.given.end()) {}

  [[nodiscard]] auto begin() const { return items_.begin(); }
  [[nodiscard]] auto end() const { return items_.end(); }
  bool contains(value v) const = delete;

 private:
  std::vector<value> items_;
};

/// begin() and end() return a number, not an iterator: std::ranges::begin is ill-formed for it
/// ([range.access.begin]), so it is no range, and iter() is a type error ([iter.non-iterator]).
class begin_not_iterator {
 public:
  explicit begin_not_iterator(subject_input in) : size_(static_cast<int>(in.given.size())) {}

  [[nodiscard]] int begin() const { return 0; }
  [[nodiscard]] int end() const { return size_; }

 private:
  int size_;
};

}  // namespace iterconf::seed

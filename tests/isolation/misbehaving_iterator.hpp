// The shape every faulty subject of the isolation suite shares: it yields the given values, and
// does its fault instead of producing the second one, so the fault lands at a known step.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "iterconf/subject.hpp"

namespace iterconf::faulty {

/// `Fault::misbehave()` is the fault.
template <class Fault>
class misbehaving_iterator {
 public:
  explicit misbehaving_iterator(const subject_input& in) : items_(in.given.begin(), in.given.end()) {}

  std::optional<value> next() {
    if (position_ == 1) Fault::misbehave();
    if (position_ >= items_.size()) return std::nullopt;
    return items_[position_++];
  }

 private:
  std::vector<value> items_;
  std::size_t position_ = 0;
};

}  // namespace iterconf::faulty

// An iterator whose iter() returns itself (the seed's "iterator consumed by one loop"), in the
// optional-returning next() style: Python's __next__ with nullopt for StopIteration.
#pragma once

#include <optional>
#include <vector>

#include "iterconf/subject.hpp"

namespace iterconf::seed {

class list_iterator {
 public:
  explicit list_iterator(subject_input in) : items_(in.given.begin(), in.given.end()), in_(in) {}

  std::optional<value> next() {
    if (position_ >= items_.size()) return std::nullopt;
    in_.raise_if_due(position_);
    return items_[position_++];
  }

 private:
  std::vector<value> items_;
  std::size_t position_ = 0;
  subject_input in_;
};

}  // namespace iterconf::seed

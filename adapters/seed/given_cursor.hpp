// The state the seed's hand-written iterators share: the given values and a position in them,
// raising the injected error where the case asks for one.
#pragma once

#include <vector>

#include "iterconf/subject.hpp"

namespace iterconf::seed {

class given_cursor {
 public:
  explicit given_cursor(subject_input in) : items_(in.given.begin(), in.given.end()), in_(in) {}

  [[nodiscard]] bool exhausted() const { return position_ >= items_.size(); }
  /// The next value (precondition: !exhausted()); raises instead where the case injects an error,
  /// without moving on, as a failing __next__ does.
  value take() {
    in_.raise_if_due(position_);
    return items_[position_++];
  }

 private:
  std::vector<value> items_;
  std::size_t position_ = 0;
  subject_input in_;
};

}  // namespace iterconf::seed

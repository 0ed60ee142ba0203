// A Java-style iterator: hasNext() says whether next() has an item; next() past the end throws,
// as java.util.Iterator throws NoSuchElementException.
#pragma once

#include <stdexcept>
#include <vector>

#include "iterconf/subject.hpp"

namespace iterconf::seed {

class java_iterator {
 public:
  explicit java_iterator(subject_input in) : items_(in.given.begin(), in.given.end()), in_(in) {}

  [[nodiscard]] bool hasNext() const { return position_ < items_.size(); }  // NOLINT: Java's spelling is the point
  value next() {
    if (!hasNext()) throw std::out_of_range("next() past the end");
    in_.raise_if_due(position_);
    return items_[position_++];
  }

 private:
  std::vector<value> items_;
  std::size_t position_ = 0;
  subject_input in_;
};

}  // namespace iterconf::seed

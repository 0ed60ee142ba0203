// A container with only contains (Python's __contains__ alone): membership works, iteration does not.
#pragma once

#include <algorithm>
#include <vector>

#include "iterconf/subject.hpp"

namespace iterconf::seed {

class contains_only {
 public:
  explicit contains_only(subject_input in) : items_(in.given.begin(), in.given.end()) {}

  [[nodiscard]] bool contains(value v) const {
    return std::find(items_.begin(), items_.end(), v) != items_.end();
  }

 private:
  std::vector<value> items_;
};

/// An object with none of the protocol: no iteration, no contains, no index (Python's object()).
struct opaque {
  std::vector<value> items;
};

}  // namespace iterconf::seed

// A class with only index access (Python's __getitem__ with IndexError): at() throws
// std::out_of_range past the end.
#pragma once

#include <stdexcept>
#include <vector>

#include "iterconf/subject.hpp"

namespace iterconf::seed {

class index_only {
 public:
  explicit index_only(subject_input in) : items_(in.given.begin(), in.given.end()), in_(in) {}

  value at(std::size_t i) const {
    if (i >= items_.size()) throw std::out_of_range("index " + std::to_string(i) + " out of range");
    in_.raise_if_due(i);
    return items_[i];
  }
  value operator[](std::size_t i) const { return at(i); }
  [[nodiscard]] std::size_t size() const { return items_.size(); }

 private:
  std::vector<value> items_;
  subject_input in_;
};

}  // namespace iterconf::seed

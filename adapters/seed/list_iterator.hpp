// An iterator whose iter() returns itself (the seed's "iterator consumed by one loop"), in the
// optional-returning next() style: Python's __next__ with nullopt for StopIteration.
#pragma once

#include <optional>

#include "given_cursor.hpp"

namespace iterconf::seed {

class list_iterator {
 public:
  explicit list_iterator(subject_input in) : cursor_(in) {}

  std::optional<value> next() {
    if (cursor_.exhausted()) return std::nullopt;
    return cursor_.take();
  }

 private:
  given_cursor cursor_;
};

}  // namespace iterconf::seed

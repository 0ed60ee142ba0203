// A Java-style iterator: hasNext() says whether next() has an item; next() past the end throws,
// as java.util.Iterator throws NoSuchElementException.
#pragma once

#include <stdexcept>

#include "given_cursor.hpp"

namespace iterconf::seed {

class java_iterator {
 public:
  explicit java_iterator(subject_input in) : cursor_(in) {}

  [[nodiscard]] bool hasNext() const { return !cursor_.exhausted(); }  // NOLINT: Java's spelling is the point
  value next() {
    if (cursor_.exhausted()) throw std::out_of_range("next() past the end");
    return cursor_.take();
  }

 private:
  given_cursor cursor_;
};

}  // namespace iterconf::seed

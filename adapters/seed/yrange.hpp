// The seed's yrange (the Python practice book's range-like iterator class), in C++: a range whose
// begin() hands out an iterator over the object's own state, so the object is its own iterator and
// one loop consumes it.
#pragma once

#include <iterator>

#include "iterconf/subject.hpp"

namespace iterconf::seed {

class yrange {
 public:
  yrange(value first, value last, subject_input in) : i_(first), n_(last), in_(in) {}

  class iterator {
   public:
    using iterator_concept = std::input_iterator_tag;
    using value_type = value;
    using difference_type = std::ptrdiff_t;

    iterator() = default;
    explicit iterator(yrange* r) : r_(r) {}
    value operator*() const { return r_->current_; }
    iterator& operator++() {
      r_->fetch();
      return *this;
    }
    void operator++(int) { r_->fetch(); }
    bool operator==(std::default_sentinel_t) const { return r_->done_; }

   private:
    yrange* r_ = nullptr;
  };

  /// Like Python's __next__, fetching takes the item: a new loop after a break starts after it.
  iterator begin() {
    in_.events.iter_called();
    fetch();
    return iterator(this);
  }
  std::default_sentinel_t end() const { return {}; }

 private:
  void fetch() {
    if (i_ < n_) {
      current_ = i_++;
    } else {
      done_ = true;
    }
  }

  value i_;
  value n_;
  value current_ = 0;
  bool done_ = false;
  subject_input in_;
};

}  // namespace iterconf::seed

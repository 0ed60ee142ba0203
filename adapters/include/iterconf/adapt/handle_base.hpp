// What every iterator handle shares: consumers and membership over "the rest of this iterator".
#pragma once

#include <cstddef>
#include <iterator>
#include <stdexcept>

#include "iterconf/subject.hpp"

namespace iterconf::adapt {

/// An error signal travelling through consumer code as an exception, to be turned back into a
/// signal where the consumer stops.
class signalled_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The rest of an iterator handle as a C++ input range, so the same consumer code that runs over
/// a subject runs over `for x in it` (Python: iter(it) is it).
class handle_view {
 public:
  class iterator {
   public:
    using iterator_concept = std::input_iterator_tag;
    using value_type = value;
    using difference_type = std::ptrdiff_t;

    iterator() = default;
    explicit iterator(iterator_handle* h) : handle_(h) { fetch(); }
    value operator*() const { return current_.item; }
    iterator& operator++() {
      fetch();
      return *this;
    }
    void operator++(int) { fetch(); }
    bool operator==(std::default_sentinel_t) const { return current_.kind != signal_kind::item; }

   private:
    /// next() on the handle; an error signal is thrown on as signalled_error.
    void fetch();

    iterator_handle* handle_ = nullptr;
    signal current_;
  };

  explicit handle_view(iterator_handle& h) : handle_(&h) {}
  iterator begin() { return iterator(handle_); }
  std::default_sentinel_t end() { return {}; }

 private:
  iterator_handle* handle_;
};

/// Implements the consumers and membership of iterator_handle once, over handle_view.
class handle_base : public iterator_handle {
 public:
  explicit handle_base(subject_input input) : input_(input) {}

  consumed consume(consumer_kind kind) override;
  signal contains(value v) override;

 protected:
  subject_input input_;
};

}  // namespace iterconf::adapt

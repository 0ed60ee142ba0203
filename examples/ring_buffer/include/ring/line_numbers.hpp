// Reads one integer per line from a stream, lazily: a single-pass range, like a generator over a
// file's lines. begin() and ++ read the next line; an unreadable line ends the sequence.
#pragma once

#include <istream>
#include <iterator>
#include <string>

namespace ring {

class line_numbers {
 public:
  explicit line_numbers(std::istream& in) : in_(&in) {}

  class iterator {
   public:
    using iterator_concept = std::input_iterator_tag;
    using value_type = long long;
    using difference_type = std::ptrdiff_t;

    iterator() = default;
    explicit iterator(line_numbers* owner) : owner_(owner) {}
    long long operator*() const { return owner_->current_; }
    iterator& operator++() {
      owner_->read();
      return *this;
    }
    void operator++(int) { owner_->read(); }
    bool operator==(std::default_sentinel_t) const { return owner_->done_; }

   private:
    line_numbers* owner_ = nullptr;
  };

  // Like a Python file: a new loop continues from the next unread line.
  iterator begin() {
    read();
    return iterator(this);
  }
  std::default_sentinel_t end() const { return {}; }

 private:
  void read() {
    std::string line;
    if (!done_ && std::getline(*in_, line) && !line.empty()) {
      current_ = std::stoll(line);
    } else {
      done_ = true;
    }
  }

  std::istream* in_;
  long long current_ = 0;
  bool done_ = false;
};

}  // namespace ring

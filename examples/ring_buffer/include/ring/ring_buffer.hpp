// A fixed-capacity ring buffer: push_back overwrites the oldest element once it is full. Its
// iterators walk from the oldest element to the newest.
#pragma once

#include <array>
#include <cstddef>
#include <iterator>

namespace ring {

template <class T, std::size_t Capacity>
class ring_buffer {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;

    iterator() = default;
    iterator(const ring_buffer* owner, std::size_t offset) : owner_(owner), offset_(offset) {}
    reference operator*() const { return owner_->items_[(owner_->head_ + offset_) % Capacity]; }
    iterator& operator++() {
      ++offset_;
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++offset_;
      return old;
    }
    bool operator==(const iterator& other) const { return offset_ == other.offset_; }

   private:
    const ring_buffer* owner_ = nullptr;
    std::size_t offset_ = 0;  // from the oldest element
  };

  void push_back(const T& value) {
    items_[(head_ + size_) % Capacity] = value;
    if (size_ < Capacity) ++size_;
    else head_ = (head_ + 1) % Capacity;
  }

  /// Drops the oldest element (precondition: not empty).
  void pop_front() {
    head_ = (head_ + 1) % Capacity;
    --size_;
  }

  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] iterator begin() const { return {this, 0}; }
#ifdef RING_BUFFER_BUG
  // The bug the example's RING_BUFFER_BUG option flips on: once the buffer has wrapped, end() is
  // computed from the physical slots and stops one element short.
  [[nodiscard]] iterator end() const { return {this, head_ == 0 ? size_ : size_ - 1}; }
#else
  [[nodiscard]] iterator end() const { return {this, size_}; }
#endif

 private:
  std::array<T, Capacity> items_{};
  std::size_t head_ = 0;
  std::size_t size_ = 0;
};

}  // namespace ring

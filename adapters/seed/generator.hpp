// A minimal C++20 coroutine generator, the C++ form of a Python generator function: nothing of
// the body runs until the first begin(); each ++ resumes it to its next co_yield.
// (g++ 12 has no std::generator; this one exists to write the seed's generators as coroutines.)
#pragma once

#include <coroutine>
#include <exception>
#include <iterator>
#include <utility>

namespace iterconf::seed {

template <class T>
class generator {
 public:
  struct promise_type {
    const T* current = nullptr;
    std::exception_ptr error;

    generator get_return_object() { return generator(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(const T& v) noexcept {
      current = &v;
      return {};
    }
    void return_void() noexcept {}
    void unhandled_exception() { error = std::current_exception(); }
  };
  using handle = std::coroutine_handle<promise_type>;

  class iterator {
   public:
    using iterator_concept = std::input_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;

    iterator() = default;
    explicit iterator(handle h) : h_(h) {}
    const T& operator*() const { return *h_.promise().current; }
    iterator& operator++() {
      resume(h_);
      return *this;
    }
    void operator++(int) { ++*this; }
    bool operator==(std::default_sentinel_t) const { return !h_ || h_.done(); }

   private:
    handle h_;
  };

  generator(generator&& other) noexcept : h_(std::exchange(other.h_, {})) {}
  generator& operator=(generator&& other) noexcept {
    std::swap(h_, other.h_);
    return *this;
  }
  generator(const generator&) = delete;
  generator& operator=(const generator&) = delete;
  ~generator() {
    if (h_) h_.destroy();
  }

  /// Resumes the body to its next yield: a second begin() continues the one iteration, as
  /// iter() of a generator is the generator.
  iterator begin() {
    if (h_ && !h_.done()) resume(h_);
    return iterator(h_);
  }
  std::default_sentinel_t end() const noexcept { return {}; }

 private:
  explicit generator(handle h) : h_(h) {}

  // An exception escaping the body leaves the coroutine finished, then reaches the consumer.
  static void resume(handle h) {
    h.resume();
    if (h.promise().error) std::rethrow_exception(std::exchange(h.promise().error, {}));
  }

  handle h_;
};

}  // namespace iterconf::seed

// iter(callable, sentinel) in C++: next() calls the callable; its returning the sentinel is the end,
// after which the callable is never called again.
#pragma once

#include <optional>
#include <utility>

#include "iterconf/value.hpp"

namespace iterconf::seed {

template <class Callable>
class callable_iterator {
 public:
  callable_iterator(Callable call, value sentinel) : call_(std::move(call)), sentinel_(sentinel) {}

  std::optional<value> next() {
    if (done_) return std::nullopt;
    const value v = call_();
    if (v == sentinel_) {
      done_ = true;
      return std::nullopt;
    }
    return v;
  }

 private:
  Callable call_;
  value sentinel_;
  bool done_ = false;
};

}  // namespace iterconf::seed

// One C++ object behind the harness's subject_object interface, whatever its iteration style.
#pragma once

#include <memory>
#include <ranges>
#include <variant>

#include "iterconf/adapt/consumer.hpp"
#include "iterconf/adapt/index_walk.hpp"
#include "iterconf/adapt/next_style_handle.hpp"
#include "iterconf/adapt/range_handle.hpp"

namespace iterconf::adapt {

/// Owns the object a factory built and drives it; the style is chosen at compile time, in the
/// order Python's iter() tries them: a range (__iter__), a next-style object (an iterator is its
/// own iterable), the index walk (__getitem__), else a type error.
template <class T>
class erased_subject final : public subject_object {
 public:
  template <class Factory>
  erased_subject(Factory& factory, const subject_input& input) : object_(factory(input)), input_(input) {}

  std::variant<iterator_ptr, signal> iter() override {
    if constexpr (std::ranges::input_range<T>) {
      return iterator_ptr(std::make_shared<range_handle<T>>(object_, input_, single_pass ? &begins_ : nullptr));
    } else if constexpr (next_style<T>) {
      return iterator_ptr(std::make_shared<next_style_handle<T>>(object_, input_));
    } else if constexpr (indexable<T>) {
      return iterator_ptr(std::make_shared<index_walk_handle<T>>(object_, input_));
    } else {
      return signal::of_type_error("the type is not iterable: no begin()/end(), no next(), no index access");
    }
  }

  signal contains(value v) override {
    note_begin();
    return membership(object_, v, input_);
  }

  signal getitem(std::size_t i) override {
    if constexpr (indexable<T>) {
      return guarded([&] {
        auto item = index_get(object_, i, input_.events);
        return item ? signal::of_item(*item) : signal::of_index_error();
      });
    } else {
      return signal::of_type_error("the type has no index access");
    }
  }

  signal size() override {
    if constexpr (requires { std::ranges::size(object_); }) {
      return guarded([&] { return signal::of_item(static_cast<value>(std::ranges::size(object_))); });
    } else {
      return signal::of_type_error("the type has no size()");
    }
  }

  // Counted by walking from begin() to end(), as a consumer would, not by a shortcut the
  // subject may offer: [cxx.sized.size-is-distance] compares the two.
  signal distance() override {
    if constexpr (std::ranges::forward_range<T>) {
      note_begin();
      return guarded([&] {
        value n = 0;
        for (auto it = std::ranges::begin(object_), last = std::ranges::end(object_); it != last; ++it) {
          input_.budget.spend();
          ++n;
        }
        return signal::of_item(n);
      });
    } else {
      return signal::of_type_error("the type is not a forward range");
    }
  }

  consumed consume(consumer_kind kind) override {
    if constexpr (std::ranges::input_range<T>) {
      note_begin();
      return consume_range(object_, kind, &input_.budget);
    } else {
      auto made = iter();
      if (auto* failed = std::get_if<signal>(&made)) return consumed{{}, *failed};
      return std::get<iterator_ptr>(made)->consume(kind);
    }
  }

 private:
  static constexpr bool single_pass = !std::ranges::forward_range<T>;

  // Whatever calls begin() on a single-pass range here leaves the handles' iterators stale.
  void note_begin() {
    if constexpr (single_pass) ++begins_;
  }

  T object_;
  subject_input input_;
  std::size_t begins_ = 0;
};

}  // namespace iterconf::adapt

// One C++ object behind the harness's subject_object interface, whatever its iteration style.
#pragma once

#include <memory>
#include <ranges>
#include <type_traits>
#include <utility>
#include <variant>

#include "iterconf/adapt/consumer.hpp"
#include "iterconf/adapt/consumer_under_test.hpp"
#include "iterconf/adapt/index_walk.hpp"
#include "iterconf/adapt/next_style_handle.hpp"
#include "iterconf/adapt/range_handle.hpp"

namespace iterconf::adapt {

/// Owns the object a factory built and drives it; the style is chosen at compile time, in the
/// order Python's iter() tries them: a range (__iter__), a next-style object (an iterator is its
/// own iterable), the index walk (__getitem__), else a type error.
///
/// Membership (`contains` steps, the `in` consumer) goes through the reference consumer, or,
/// when `Membership` is a consumer under test (consumer_under_test.hpp), through that consumer,
/// on the subject and on its iterators alike. Such a subject records every protocol operation
/// itself, so the adapters record theirs (indices tried, the reference consumer's path and
/// contains calls) into a probe of their own, and the case's probe holds what the subject saw.
template <class T, class Membership = reference_membership>
class erased_subject final : public subject_object {
  static constexpr bool under_test = !std::is_same_v<Membership, reference_membership>;

 public:
  template <class Factory>
  erased_subject(Factory& factory, const subject_input& input, access_policy policy, Membership consumer = {})
      : object_(factory(input)),
        input_(input),
        policy_(policy),
        consumer_(std::move(consumer)),
        adapters_(under_test
                      ? subject_input{input.given, adapter_events_, input.budget, input.raises_at, input.sentinel}
                      : input) {}
  // adapters_ may refer to this object's own probe: never copied.
  erased_subject(const erased_subject&) = delete;
  erased_subject& operator=(const erased_subject&) = delete;

  std::variant<iterator_ptr, signal> iter() override {
    auto made = iter_of_style();
    if constexpr (under_test) {
      if (auto* handle = std::get_if<iterator_ptr>(&made))
        return iterator_ptr(std::make_shared<consumer_handle<Membership>>(*handle, consumer_, input_.events));
    }
    return made;
  }

  signal contains(value v) override {
    note_begin();
    if constexpr (under_test) {
      return membership_under_test(object_, v, consumer_, input_.events);
    } else {
      return membership(object_, v, input_, policy_);
    }
  }

  signal getitem(std::size_t i) override {
    if constexpr (indexable<T>) {
      if (!policy_.positional) return signal::of_type_error("the type's index access is keyed, not positional");
      return guarded([&] {
        auto item = index_get(object_, i, adapters_.events, policy_);
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
      auto made = iter_of_style();
      if (auto* failed = std::get_if<signal>(&made)) return consumed{{}, *failed};
      return std::get<iterator_ptr>(made)->consume(kind);
    }
  }

  operation_answer apply(const operation_request& request) override {
    if constexpr (std::ranges::input_range<T>) {
      operation_answer answer;
      const signal status = guarded([&] {
        input_.budget.spend();
        answer = apply_to_range(object_, request);
        return signal::of_end();
      });
      if (status.kind != signal_kind::end) answer.problem = status;
      return answer;
    } else {
      return operation_answer::unsupported("the type is not a C++ range");
    }
  }

 private:
  static constexpr bool single_pass = !std::ranges::forward_range<T>;

  std::variant<iterator_ptr, signal> iter_of_style() {
    if constexpr (std::ranges::input_range<T>) {
      const bool shared_begins = single_pass && !policy_.independent_begins;
      return iterator_ptr(std::make_shared<range_handle<T>>(object_, adapters_, shared_begins ? &begins_ : nullptr));
    } else if constexpr (next_style<T>) {
      return iterator_ptr(std::make_shared<next_style_handle<T>>(object_, adapters_));
    } else if constexpr (indexable<T>) {
      if (!policy_.positional) return signal::of_type_error("the type is not iterable: its index access is keyed, not positional");
      return iterator_ptr(std::make_shared<index_walk_handle<T>>(object_, adapters_, policy_));
    } else {
      return signal::of_type_error("the type is not iterable: no begin()/end(), no next(), no index access");
    }
  }

  // Whatever calls begin() on a single-pass range here leaves the handles' iterators stale.
  void note_begin() {
    if constexpr (single_pass) ++begins_;
  }

  T object_;
  subject_input input_;
  access_policy policy_;
  [[no_unique_address]] Membership consumer_;
  probe adapter_events_;      // what the adapters record when the subject records for itself
  subject_input adapters_;    // the input handed to the adapters: input_, or with adapter_events_
  std::size_t begins_ = 0;
};

}  // namespace iterconf::adapt

// Iterator handles over C++ ranges: begin()/end(), *, ++ and == driven as Python's next().
#pragma once

#include <memory>
#include <optional>
#include <ranges>

#include "iterconf/adapt/concepts.hpp"
#include "iterconf/adapt/guard.hpp"
#include "iterconf/adapt/handle_base.hpp"
#include "iterconf/adapt/iterator_operations.hpp"

namespace iterconf::adapt {

/// next() over a range, with the increment deferred to the following next() ("lazy increment",
/// spec/INTERPRETING.md): an item is taken with *it, and ++it runs only when the next one is
/// asked for, so a generator pauses right after its yield, as Python's does. begin() runs at
/// the first use, as a range-based for calls it right before the first item.
/// The handle adds no state of its own to the end signal: stickiness is the range's to show.
///
/// On a single-pass range every begin() invalidates the iterators handed out before, so all of
/// them share a count of begin() calls (`begins`): a handle whose iterator is stale calls begin()
/// again, which on a single-pass range continues the one iteration ([exhaust.resumes]) and must
/// move past an item already taken, as a new loop after a `break` does.
template <std::ranges::input_range R>
class range_handle final : public handle_base {
 public:
  range_handle(R& range, subject_input input, std::size_t* begins)
      : handle_base(input), range_(&range), begins_(begins) {}

  signal next() override {
    return guarded([&] {
      input_.budget.spend();
      start();
      if (taken_) {
        taken_ = false;
        ++*it_;
      }
      if (*it_ == *end_) return signal::of_end();
      const value v = to_value(**it_);
      taken_ = true;
      return signal::of_item(v);
    });
  }

  std::unique_ptr<iterator_handle> copy() override {
    if constexpr (std::forward_iterator<std::ranges::iterator_t<R>>) {
      return std::make_unique<range_handle>(*this);
    } else {
      return nullptr;
    }
  }

  std::optional<equality> compare(iterator_handle& other) override {
    if constexpr (std::forward_iterator<std::ranges::iterator_t<R>>) {
      auto* that = dynamic_cast<range_handle*>(&other);
      if (that == nullptr) return std::nullopt;
      settle();
      that->settle();
      return equality{*it_ == *that->it_, *that->it_ == *it_, *it_ != *that->it_};
    } else {
      return std::nullopt;
    }
  }

  operation_answer apply(const operation_request& request) override {
    operation_answer answer;
    const signal status = guarded([&] {
      input_.budget.spend();
      settle();
      const std::ranges::iterator_t<R>* other = nullptr;
      if (request.other != nullptr) {
        auto* that = dynamic_cast<range_handle*>(request.other);
        if (that == nullptr) throw std::logic_error("the two iterators are of different subjects");
        that->settle();
        other = &*that->it_;
      }
      std::optional<std::ranges::iterator_t<R>> jumped;
      answer = iterator_operations<R>::apply(*it_, *end_, request, other, jumped, input_.budget);
      if constexpr (std::forward_iterator<std::ranges::iterator_t<R>>) {
        if (jumped) {
          auto made = std::make_shared<range_handle>(*this);
          made->it_ = std::move(jumped);
          answer.made = std::move(made);
        }
      }
      return signal::of_end();
    });
    if (status.kind != signal_kind::end) answer.problem = status;
    return answer;
  }

 private:
  void start() {
    const bool stale = begins_ != nullptr && it_ && my_begin_ != *begins_;
    if (it_ && !stale) return;
    taken_ = false;
    it_.reset();
    // Counted before the call: a begin() that throws (a generator raising at its first item)
    // has still moved the one iteration on, and other handles must not use their old iterators.
    if (begins_ != nullptr) my_begin_ = ++*begins_;
    it_.emplace(std::ranges::begin(*range_));
    end_.emplace(std::ranges::end(*range_));
  }
  // Brings the iterator to the handle's logical position, before comparing it.
  void settle() {
    start();
    if (taken_) {
      taken_ = false;
      ++*it_;
    }
  }

  R* range_;
  std::size_t* begins_;  // shared begin() count of a single-pass range; null for multi-pass ones
  std::size_t my_begin_ = 0;
  std::optional<std::ranges::iterator_t<R>> it_;
  std::optional<std::ranges::sentinel_t<R>> end_;
  bool taken_ = false;
};

}  // namespace iterconf::adapt

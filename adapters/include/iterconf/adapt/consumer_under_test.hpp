// Membership through a consumer other than the reference one: a generic algorithm such as
// std::ranges::find, run where a `contains` step or the `in` consumer asks `v in x`, with the
// membership path told by what the subject recorded, not by what the consumer claims.
#pragma once

#include <concepts>
#include <cstddef>
#include <iterator>
#include <memory>
#include <optional>
#include <utility>

#include "iterconf/adapt/guard.hpp"
#include "iterconf/adapt/handle_base.hpp"
#include "iterconf/probe.hpp"

namespace iterconf::adapt {

/// The membership of a subject registered with `subjects.add`: the reference consumer
/// (INTERPRETING.md section 8), which records its own path and contains calls.
struct reference_membership {};

/// A consumer under test: `consumer(x, v)` answers `v in x` for the subject object `x` (and for
/// the rest of an iterator, presented as a common input range, handle_range).
template <class C, class T>
concept membership_consumer = std::predicate<const C&, T&, value>;

/// The counts a consumer under test can move in a subject's probe.
struct recorded_counts {
  std::size_t contains = 0;
  std::size_t iters = 0;
  std::size_t indices = 0;
};

inline recorded_counts counts_of(const probe& events) {
  return {events.contains_calls(), events.iters(), events.indices().size()};
}

/// The path a consumer under test took, from what its subject recorded while it ran: its own
/// contains called, else begin() called, else an index tried (the order of [in.contains-first]
/// and its fallbacks, so a consumer that asked contains is credited with it whatever else it
/// did). Nothing recorded: nullopt, and the probe keeps its previous path.
inline std::optional<membership_path> inferred_path(recorded_counts before, recorded_counts after) {
  if (after.contains > before.contains) return membership_path::contains;
  if (after.iters > before.iters) return membership_path::iterate;
  if (after.indices > before.indices) return membership_path::index;
  return std::nullopt;
}

/// `v in x` through a consumer under test. The subject must record its own protocol operations
/// (the consumer archetypes do): this sets the probe's `path` from them. An exception from the
/// subject reaches the step as the error signal, as on the reference consumer's paths. The
/// consumer spends no budget (it cannot be told to); subjects run this way must be finite.
template <class T, class Consumer>
signal membership_under_test(T& x, value v, const Consumer& consumer, probe& events) {
  const recorded_counts before = counts_of(events);
  const signal answer = guarded([&] { return signal::of_item(consumer(x, v) ? 1 : 0); });
  if (auto path = inferred_path(before, counts_of(events))) events.membership_took(*path);
  return answer;
}

/// The rest of an iterator handle as a common input range (begin() and end() of one type, with
/// the member types of a legacy input iterator), so that consumers built on Boost.Range or on
/// std::find (Abseil) take it as readily as std::ranges algorithms do. Like handle_view, each ++
/// is one next() of the handle and an error signal travels as signalled_error.
class handle_range {
 public:
  class iterator {
   public:
    using iterator_concept = std::input_iterator_tag;
    using iterator_category = std::input_iterator_tag;
    using value_type = value;
    using difference_type = std::ptrdiff_t;
    using reference = value;
    using pointer = void;

    /// The end.
    iterator() = default;
    explicit iterator(iterator_handle* h) : handle_(h) { fetch(); }
    value operator*() const { return current_.item; }
    iterator& operator++() {
      fetch();
      return *this;
    }
    void operator++(int) { fetch(); }
    /// Two iterators are equal when both are at the end, as std::istream_iterator's are.
    friend bool operator==(const iterator& a, const iterator& b) { return a.at_end() == b.at_end(); }

   private:
    [[nodiscard]] bool at_end() const { return handle_ == nullptr || current_.kind != signal_kind::item; }
    void fetch() {
      current_ = handle_->next();
      if (current_.kind == signal_kind::error) throw signalled_error(current_.message());
    }

    iterator_handle* handle_ = nullptr;
    signal current_;
  };
  using const_iterator = iterator;

  explicit handle_range(iterator_handle& h) : handle_(&h) {}
  iterator begin() const {
    begun_ = true;
    return iterator(handle_);
  }
  iterator end() const { return {}; }
  /// Whether a consumer asked for an item: over an iterator, membership can only iterate.
  [[nodiscard]] bool begun() const { return begun_; }

 private:
  iterator_handle* handle_;
  mutable bool begun_ = false;
};

/// An iterator handle of a subject whose membership is under test: forwards everything to the
/// adapter's handle, except `v in it`, which runs the consumer under test over the rest of it
/// ([in.partial-consume] then observes what that consumer leaves behind).
template <class Consumer>
class consumer_handle final : public iterator_handle {
 public:
  consumer_handle(iterator_ptr inner, const Consumer& consumer, probe& events)
      : inner_(std::move(inner)), consumer_(consumer), events_(&events) {}

  signal next() override { return inner_->next(); }
  std::unique_ptr<iterator_handle> copy() override {
    auto duplicate = inner_->copy();
    if (!duplicate) return nullptr;
    return std::make_unique<consumer_handle>(iterator_ptr(std::move(duplicate)), consumer_, *events_);
  }
  std::optional<equality> compare(iterator_handle& other) override {
    auto* that = dynamic_cast<consumer_handle*>(&other);
    return inner_->compare(that != nullptr ? *that->inner_ : other);
  }
  consumed consume(consumer_kind kind) override { return inner_->consume(kind); }
  operation_answer apply(const operation_request& request) override {
    operation_request unwrapped = request;
    if (auto* that = dynamic_cast<consumer_handle*>(request.other)) unwrapped.other = that->inner_.get();
    auto answer = inner_->apply(unwrapped);
    if (answer.made) answer.made = std::make_shared<consumer_handle>(answer.made, consumer_, *events_);
    return answer;
  }
  signal contains(value v) override {
    handle_range rest(*inner_);
    const signal answer = guarded([&] { return signal::of_item(consumer_(rest, v) ? 1 : 0); });
    if (rest.begun()) events_->membership_took(membership_path::iterate);
    return answer;
  }

 private:
  iterator_ptr inner_;
  Consumer consumer_;
  probe* events_;
};

}  // namespace iterconf::adapt

// Mutants that are not C++ ranges: next-style iterators (Java-style hasNext()/next(), optional
// next()), index-only types, a contains-only type and iter(callable, sentinel). Iterator test
// helpers cannot be applied to them; only the protocol's own operations see their bugs.
#pragma once

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "basis.hpp"

namespace iterconf::mutants {

/// An optional-returning next() that starts over after it signalled the end [exhaust.sticky].
class restarting_iterator {
 public:
  explicit restarting_iterator(const subject_input& in) : items_(values_of(in)) {}
  std::optional<value> next() {
    if (i_ < items_.size()) return items_[i_++];
    i_ = 0;
    return std::nullopt;
  }

 private:
  std::vector<value> items_;
  std::size_t i_ = 0;
};

/// A Java-style iterator that clamps its index to the last item when it runs off the end: after
/// the end it hands out the last item again, then ends again [exhaust.sticky].
class clamping_java_iterator {
 public:
  explicit clamping_java_iterator(const subject_input& in) : items_(values_of(in)) {}
  bool hasNext() {
    if (i_ < items_.size()) return true;
    if (!items_.empty()) i_ = items_.size() - 1;  // "stay on the last item"
    return false;
  }
  value next() { return items_[i_++]; }

 private:
  std::vector<value> items_;
  std::size_t i_ = 0;
};

/// An optional next() whose index moves on even when it reports the end, so the next call reads
/// the buffer's stale slot past the items [exhaust.sticky].
class stale_read_iterator {
 public:
  explicit stale_read_iterator(const subject_input& in) : items_(values_of(in, 4)), n_(in.given.size()) {}
  std::optional<value> next() {
    const std::size_t i = i_++;
    if (i == n_) return std::nullopt;
    return items_[std::min(i, items_.size() - 1)];
  }

 private:
  std::vector<value> items_;
  std::size_t n_;
  std::size_t i_ = 0;
};

/// A Java-style iterator whose hasNext() tests the next item's truth, not the bounds: a zero item
/// ends the iteration [next.end-signal].
class truthy_java_iterator {
 public:
  explicit truthy_java_iterator(const subject_input& in) : items_(values_of(in)) {}
  bool hasNext() { return i_ < items_.size() && items_[i_] != 0; }
  value next() { return items_[i_++]; }

 private:
  std::vector<value> items_;
  std::size_t i_ = 0;
};

/// A Java-style iterator whose hasNext() checks `i <= n`: at the end it claims one more item, and
/// next() throws NoSuchElement (std::out_of_range) into the loop instead of ending it
/// [loop.swallows-end].
class overpromising_java_iterator {
 public:
  explicit overpromising_java_iterator(const subject_input& in) : items_(values_of(in)) {}
  bool hasNext() { return i_ <= items_.size(); }
  value next() {
    if (i_ >= items_.size()) throw std::out_of_range("no such element");
    return items_[i_++];
  }

 private:
  std::vector<value> items_;
  std::size_t i_ = 0;
};

/// A Java-style iterator with its own contains() that counts the matches over the rest: membership
/// does not stop at the first match, and drains the iterator, where the type's own contains must
/// move nothing [in.contains-first].
class counting_contains_iterator {
 public:
  explicit counting_contains_iterator(const subject_input& in) : items_(values_of(in)) {}
  bool hasNext() { return i_ < items_.size(); }
  value next() { return items_[i_++]; }
  bool contains(value v) {
    std::size_t matches = 0;
    while (hasNext())
      if (next() == v) ++matches;
    return matches > 0;
  }

 private:
  std::vector<value> items_;
  std::size_t i_ = 0;
};

/// An index-only type whose at() is given by `Get(items, i, in)`.
template <class Get>
class index_only_type {
 public:
  explicit index_only_type(const subject_input& in) : items_(values_of(in, 2)), n_(in.given.size()), in_(in) {}
  value at(std::size_t i) const { return Get{}(items_, n_, i, in_); }
  [[nodiscard]] std::size_t size() const { return n_; }

 private:
  std::vector<value> items_;  // the items, then stale slots
  std::size_t n_;
  subject_input in_;
};

/// Storage read as a NUL-terminated array: a zero item is taken for the terminator [index.iter-walk].
struct zero_terminated {
  value operator()(const std::vector<value>& items, std::size_t n, std::size_t i, const subject_input& in) const {
    if (i >= n || items[i] == 0) throw std::out_of_range("index " + std::to_string(i) + " past the terminator");
    in.raise_if_due(i);
    return items[i];
  }
};
/// Past the end, at() throws the wrong exception: std::invalid_argument, not std::out_of_range
/// [index.error-ends].
struct wrong_index_error {
  value operator()(const std::vector<value>& items, std::size_t n, std::size_t i, const subject_input& in) const {
    if (i >= n) throw std::invalid_argument("bad index " + std::to_string(i));
    in.raise_if_due(i);
    return items[i];
  }
};
/// The bound is checked with `i > n`: at(n) reads the stale slot past the items [index.error-ends].
struct bound_off_by_one {
  value operator()(const std::vector<value>& items, std::size_t n, std::size_t i, const subject_input& in) const {
    if (i > n) throw std::out_of_range("index " + std::to_string(i) + " out of range");
    in.raise_if_due(i);
    return items[i];
  }
};
/// at() counts from one, as a 1-based container: at(i) is item i + 1 [index.iter-walk].
struct one_based {
  value operator()(const std::vector<value>& items, std::size_t n, std::size_t i, const subject_input& in) const {
    if (i + 1 >= n) throw std::out_of_range("index " + std::to_string(i) + " out of range");
    in.raise_if_due(i);
    return items[i + 1];
  }
};

/// A type with only contains(), whose search starts at the second item [in.contains-only].
class contains_skipping_first {
 public:
  explicit contains_skipping_first(const subject_input& in) : items_(values_of(in)) {}
  [[nodiscard]] bool contains(value v) const {
    return items_.size() > 1 && std::find(items_.begin() + 1, items_.end(), v) != items_.end();
  }

 private:
  std::vector<value> items_;
};

/// iter(callable, sentinel) that forgets it met the sentinel, or hands the sentinel out as an item.
template <bool KeepsCalling, bool YieldsSentinel>
class callable_values {
 public:
  explicit callable_values(const subject_input& in) : items_(values_of(in)), in_(in) {}
  std::optional<value> next() {
    if (done_) return std::nullopt;
    if constexpr (YieldsSentinel) {
      if (yielded_) {  // it ends after handing out the sentinel
        done_ = true;
        return std::nullopt;
      }
    }
    const value v = call();
    if (v != in_.sentinel) return v;
    if constexpr (YieldsSentinel) {
      yielded_ = true;
      return v;
    }
    if constexpr (!KeepsCalling) done_ = true;
    return std::nullopt;
  }

 private:
  // The callable: the given values, then the sentinel, then the values again.
  value call() {
    in_.events.callable_called();
    in_.budget.spend();
    const std::size_t k = i_++ % (items_.size() + 1);
    return k < items_.size() ? items_[k] : in_.sentinel;
  }
  std::vector<value> items_;
  subject_input in_;
  std::size_t i_ = 0;
  bool done_ = false;
  bool yielded_ = false;
};

template <class Visitor>
void visit_object_mutants(Visitor&& add) {
  add("mutant::end_restarts", "exhaust.sticky",
      subject_traits{.description = "optional next() that starts over after it signalled the end"},
      [](const subject_input& in) { return restarting_iterator(in); });
  add("mutant::end_repeats_last", "exhaust.sticky",
      subject_traits{.description = "Java-style iterator that clamps to the last item: repeats it after the end"},
      [](const subject_input& in) { return clamping_java_iterator(in); });
  add("mutant::past_end_reads_stale", "exhaust.sticky",
      subject_traits{.description = "optional next() that moves on at the end and then reads a stale slot"},
      [](const subject_input& in) { return stale_read_iterator(in); });
  add("mutant::zero_ends_java", "next.end-signal",
      subject_traits{.description = "Java-style hasNext() that tests the next item's truth, not the bounds"},
      [](const subject_input& in) { return truthy_java_iterator(in); });
  add("mutant::has_next_off_by_one", "loop.swallows-end",
      subject_traits{.description = "Java-style hasNext() checks i <= n: the end reaches the loop as an exception"},
      [](const subject_input& in) { return overpromising_java_iterator(in); });
  add("mutant::contains_does_not_stop", "in.contains-first",
      subject_traits{.description = "an iterator whose own contains() counts every match: does not stop, drains it"},
      [](const subject_input& in) { return counting_contains_iterator(in); });
  add("mutant::index_stops_at_zero", "index.iter-walk",
      subject_traits{.raises = true, .at_bounds = bounds::checked,
                     .description = "index-only type read as NUL-terminated: at() fails at a 0 item"},
      [](const subject_input& in) { return index_only_type<zero_terminated>(in); });
  add("mutant::index_error_wrong_kind", "index.error-ends",
      subject_traits{.raises = true, .at_bounds = bounds::checked,
                     .description = "index-only type whose at() throws invalid_argument past the end"},
      [](const subject_input& in) { return index_only_type<wrong_index_error>(in); });
  add("mutant::index_bound_off_by_one", "index.error-ends",
      subject_traits{.raises = true, .at_bounds = bounds::checked,
                     .description = "index-only type checking i > n: at(n) reads a stale slot"},
      [](const subject_input& in) { return index_only_type<bound_off_by_one>(in); });
  add("mutant::index_one_based", "index.iter-walk",
      subject_traits{.raises = true, .at_bounds = bounds::checked,
                     .description = "index-only type counting from one: at(i) is item i + 1"},
      [](const subject_input& in) { return index_only_type<one_based>(in); });
  add("mutant::contains_skips_first", "in.contains-only",
      subject_traits{.description = "contains-only type whose search starts at the second item"},
      [](const subject_input& in) { return contains_skipping_first(in); });
  add("mutant::callable_calls_after_sentinel", "iter.callable-sentinel",
      subject_traits{.callable = true, .description = "iter(callable, sentinel) that calls again after the sentinel"},
      [](const subject_input& in) { return callable_values<true, false>(in); });
  add("mutant::callable_yields_sentinel", "iter.callable-sentinel",
      subject_traits{.callable = true, .description = "iter(callable, sentinel) that hands out the sentinel, then ends"},
      [](const subject_input& in) { return callable_values<false, true>(in); });
}

}  // namespace iterconf::mutants

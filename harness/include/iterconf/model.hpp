// The model of the protocol: what a conforming subject built from a case's values must answer.
// It is deliberately plain (a vector and a position per iterator) so that it is obviously right;
// every default expectation of a step comes from here (spec/case-format.md, "Values and models").
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "iterconf/traits.hpp"
#include "iterconf/value.hpp"

namespace iterconf::detail {

/// The sequence a subject yields, computed from the given values and the subject's order.
class sequence_model {
 public:
  sequence_model(std::span<const value> given, order o);

  [[nodiscard]] bool infinite() const { return is_infinite(order_); }
  [[nodiscard]] bool ordered() const { return is_ordered(order_); }
  /// A cycling order over no values: it yields nothing.
  [[nodiscard]] bool cycles_nothing() const { return order_ == order::cycling && items_.empty(); }
  /// The number of items (finite models).
  [[nodiscard]] std::size_t size() const { return items_.size(); }
  /// The item at position i (ordered or infinite models).
  [[nodiscard]] value at(std::size_t i) const;
  /// Finite models: every item; for unordered ones only the multiset is meaningful.
  [[nodiscard]] const std::vector<value>& items() const { return items_; }
  /// The first position >= from holding v, if v occurs there (ordered or infinite models).
  [[nodiscard]] std::optional<std::size_t> find(value v, std::size_t from) const;
  [[nodiscard]] bool contains(value v) const;
  /// Finite ordered models: the item at position i becomes v (a write through an iterator).
  void assign(std::size_t i, value v) { items_.at(i) = v; }

 private:
  order order_;
  std::vector<value> items_;  // finite: the sequence; cycling: one cycle; counting: unused
  value start_ = 0;           // counting: the first item
};

/// Where one iterator stands in the model.
struct cursor {
  std::size_t position = 0;        // items produced so far
  std::multiset<value> remaining;  // unordered models: items not produced yet
  bool raised = false;             // the injected error has been produced
  bool finished = false;           // a generator finished by its error
  bool unknown = false;            // after an error on a non-generator: nothing can be predicted
  bool met_end = false;            // has signalled the end (an index walk stops trying indices)
};

/// What the model predicts for one next().
struct prediction {
  enum class kind { item, any_remaining, end, error, unknown };
  kind what = kind::end;
  value item = 0;

  [[nodiscard]] std::string str() const;
};

/// The model of one case on one subject.
class protocol_model {
 public:
  protocol_model(std::span<const value> given, order o, std::optional<std::size_t> raises_at, bool generator);

  [[nodiscard]] const sequence_model& sequence() const { return sequence_; }
  /// A write through an iterator or a range algorithm: the subject's item at `i` is now `v`.
  void assign(std::size_t i, value v) { sequence_.assign(i, v); }
  /// A cursor at the start.
  [[nodiscard]] std::shared_ptr<cursor> fresh_cursor() const;
  /// What next() on `c` must answer.
  [[nodiscard]] prediction predict_next(const cursor& c) const;
  /// Moves `c` past a next() that answered as predicted (`produced` is the item, if any).
  void advance(cursor& c, const prediction& p, value produced) const;
  /// The items a consumer walking `c` to its end must see, and whether it then meets the error.
  struct rest {
    std::vector<value> items;
    bool ends_in_error = false;
    bool unknown = false;
  };
  [[nodiscard]] rest predict_rest(const cursor& c) const;
  /// Moves `c` to the end (or past the error) as a consumer walking it does.
  void exhaust(cursor& c) const;
  /// Membership by iteration over `c`: found, error, or not found; moves `c` as the walk does.
  enum class walk { found, not_found, error, unknown, endless };
  walk predict_walk(cursor& c, value v) const;

 private:
  sequence_model sequence_;
  std::optional<std::size_t> raises_at_;
  bool generator_;
};

}  // namespace iterconf::detail

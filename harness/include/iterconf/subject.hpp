// The protocol the harness drives: a subject object built from a case's values, and the
// iterator handles iter() returns. Adapters (adapters/) implement these for each C++ style.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string_view>
#include <variant>
#include <vector>

#include "iterconf/budget.hpp"
#include "iterconf/consumer_kind.hpp"
#include "iterconf/iterator_operation.hpp"
#include "iterconf/probe.hpp"
#include "iterconf/signal.hpp"
#include "iterconf/value.hpp"

namespace iterconf {

/// The error a subject raises on purpose when a case asks for one (`raises_at`).
class injected_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// What a factory receives: the case's values and the instruments it may record into.
struct subject_input {
  std::span<const value> given;
  probe& events;
  step_budget& budget;
  /// Raise when producing the item at this position (subjects that declare `raises`).
  std::optional<std::size_t> raises_at;
  /// For callable subjects: what the callable returns after the given values.
  value sentinel = -1;

  /// Throws injected_error if position `k` is where this case wants an error.
  void raise_if_due(std::size_t k) const;
};


/// What a consumer saw: the items, then how it stopped (end, error or type_error).
struct consumed {
  std::vector<value> items;
  signal stop;
};

/// Two iterators compared both ways, and through !=.
struct equality {
  bool a_eq_b = false;
  bool b_eq_a = false;
  bool a_ne_b = false;
};

/// An iterator in the Python sense: next() until the end signal.
class iterator_handle {
 public:
  virtual ~iterator_handle() = default;

  /// next(it).
  virtual signal next() = 0;
  /// A copy that iterates on its own (forward iterators); nullptr if the iterator cannot be copied.
  virtual std::unique_ptr<iterator_handle> copy() = 0;
  /// `*this == other` both ways and `!=`; nullopt when the iterators cannot be compared.
  virtual std::optional<equality> compare(iterator_handle& other) = 0;
  /// A consumer over the rest of this iterator (Python's `for x in it`).
  virtual consumed consume(consumer_kind kind) = 0;
  /// `v in it`: iterates this iterator up to the first match ([in.partial-consume]).
  virtual signal contains(value v) = 0;
  /// A C++ iterator operation (iterator_operation.hpp) at this iterator's position; an iterator
  /// that is no C++ iterator answers that it cannot.
  virtual operation_answer apply(const operation_request& request) {
    (void)request;
    return operation_answer::unsupported("this iterator is not a C++ iterator");
  }
};

using iterator_ptr = std::shared_ptr<iterator_handle>;

/// The object a factory built, driven through the protocol.
class subject_object {
 public:
  virtual ~subject_object() = default;

  /// iter(subject): an iterator, or a type_error signal.
  virtual std::variant<iterator_ptr, signal> iter() = 0;
  /// `v in subject` through the reference consumer; an item signal holds 1 (found) or 0.
  virtual signal contains(value v) = 0;
  /// subject[i]: an item, index_error, error, or type_error.
  virtual signal getitem(std::size_t i) = 0;
  /// std::ranges::size(subject) as an item signal, or type_error.
  virtual signal size() = 0;
  /// std::ranges::distance(subject) as an item signal, or type_error.
  virtual signal distance() = 0;
  /// A consumer over the subject itself.
  virtual consumed consume(consumer_kind kind) = 0;
  /// A C++ operation on the subject as a whole (data, value-init, fill, copy-in).
  virtual operation_answer apply(const operation_request& request) {
    (void)request;
    return operation_answer::unsupported("this subject is not a C++ range");
  }
};

}  // namespace iterconf

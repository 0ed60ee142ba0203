// What one protocol operation answered: an item, the end signal, or one of the errors.
#pragma once

#include <memory>
#include <string>

#include "iterconf/value.hpp"

namespace iterconf {

enum class signal_kind {
  item,         // next() produced a value
  end,          // StopIteration: it == end, hasNext() false, nullopt, or the index error in a walk
  error,        // the subject raised something else; it must reach the consumer
  type_error,   // the operation is not supported by the type
  index_error,  // getitem past the end
};

/// The answer of one operation. Items are the hot path (one per next()), so the text that only
/// errors carry is kept behind a pointer that items leave empty.
struct signal {
  signal_kind kind = signal_kind::end;
  value item = 0;
  std::shared_ptr<const std::string> text;

  static signal of_item(value v) { return {signal_kind::item, v, {}}; }
  static signal of_end() { return {signal_kind::end, 0, {}}; }
  static signal of_error(std::string what) {
    return {signal_kind::error, 0, std::make_shared<const std::string>(std::move(what))};
  }
  static signal of_type_error(std::string what) {
    return {signal_kind::type_error, 0, std::make_shared<const std::string>(std::move(what))};
  }
  static signal of_index_error() { return {signal_kind::index_error, 0, {}}; }

  /// The error's text, for error and type-error signals; empty otherwise.
  [[nodiscard]] const std::string& message() const;

  /// "item 3", "end", "error (boom)", ...
  [[nodiscard]] std::string str() const;
};

}  // namespace iterconf

// Cases: what a YAML case file describes (spec/case-format.md), once loaded and validated.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iterconf/action.hpp"
#include "iterconf/capability.hpp"
#include "iterconf/consumer_kind.hpp"
#include "iterconf/diagnostic.hpp"
#include "iterconf/iterator_operation.hpp"
#include "iterconf/probe.hpp"
#include "iterconf/python_marker.hpp"
#include "iterconf/value.hpp"

namespace iterconf {


/// What a step's `expect` asserts; `model` means "whatever the model predicts".
struct expectation {
  enum class kind { model, item, end, error, type_error, index_error, iterator, boolean, count, ordering };
  kind what = kind::model;
  bool flag = false;   // for boolean
  value number = 0;    // for count (a difference may be negative); for ordering: -1 less, 0 equal, 1 greater

  [[nodiscard]] std::string str() const;
};

/// The keys of a probe assertion, for those a step leaves to the model: `iters: model` (or
/// `probe: model`, every key) compares the event with what the model predicts after the steps so
/// far, where the subject's capabilities make the event observable and the model knows it.
struct probe_keys {
  bool started = false;
  bool finished = false;
  bool produced = false;
  bool calls = false;
  bool iters = false;
  bool contains = false;
  bool index = false;
  bool path = false;

  [[nodiscard]] bool any() const { return started || finished || produced || calls || iters || contains || index || path; }
  [[nodiscard]] static probe_keys all() { return {true, true, true, true, true, true, true, true}; }
};

/// A step's `probe` assertions; unset fields are not checked.
struct probe_check {
  probe_keys by_model;  // the keys checked against the model's prediction instead of a number
  std::optional<bool> started;
  std::optional<bool> finished;
  std::optional<std::size_t> produced;
  std::optional<std::size_t> calls;
  std::optional<std::size_t> iters;
  std::optional<std::size_t> contains;
  std::optional<std::vector<std::size_t>> index;
  std::optional<membership_path> path;
};

/// One step of a case.
struct step {
  action act = action::probe;
  location where;
  std::string target;   // the name bound or used; "subject" for the subject itself
  std::string of;       // iter/copy: the iterator to take it of ("" = the subject)
  std::string other;    // equal, difference, order: the second iterator
  value operand = 0;    // contains: the value; getitem: the index; write, fill: the value written
  iterator_op op = iterator_op::read;  // operate: which C++ operation
  std::ptrdiff_t by = 0;               // operate: advance, jump, address `by`; subscript `at`
  std::vector<value> values;           // operate: copy-in
  std::size_t count = 0;  // take
  consumer_kind consumer = consumer_kind::for_loop;
  expectation expect;
  std::optional<std::vector<value>> yields;
  std::optional<probe_check> probe;

  /// The step as a case file spells it, for messages: "next: it", "contains: 3 on it".
  [[nodiscard]] std::string str() const;
};

/// One case.
struct conformance_case {
  std::string id;
  std::vector<std::string> rules;
  std::vector<location> rule_locations;
  std::string summary;
  std::vector<value> given;
  capability_set required;
  capability_set forbids;
  std::optional<std::size_t> raises_at;
  value sentinel = -1;
  std::size_t budget = 10000;
  std::vector<step> steps;
  /// How the case stands to CPython (`python:`); the default follows Python.
  python_marker python;
  location where;

  /// The area: the part of the file name before ".yaml" (cases/exhaust.yaml -> "exhaust").
  std::string area;
};

/// The reserved name of the subject object in steps.
inline constexpr std::string_view subject_name = "subject";

}  // namespace iterconf

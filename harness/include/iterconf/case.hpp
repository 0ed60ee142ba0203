// Cases: what a YAML case file describes (spec/case-format.md), once loaded and validated.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iterconf/capability.hpp"
#include "iterconf/diagnostic.hpp"
#include "iterconf/probe.hpp"
#include "iterconf/value.hpp"

namespace iterconf {

enum class action { iter, next, take, drain, loop, contains, getitem, size, distance, copy, equal, probe };
std::string_view name_of(action a);

/// The consumers of a `loop` step.
enum class loop_consumer { for_loop, collect, pair, membership };
std::string_view name_of(loop_consumer c);

/// What a step's `expect` asserts; `model` means "whatever the model predicts".
struct expectation {
  enum class kind { model, item, end, error, type_error, index_error, iterator, boolean, count };
  kind what = kind::model;
  bool flag = false;        // for boolean
  std::size_t number = 0;   // for count

  [[nodiscard]] std::string str() const;
};

/// A step's `probe` assertions; unset fields are not checked.
struct probe_check {
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
  std::string other;    // equal: the second iterator
  value operand = 0;    // contains: the value; getitem: the index
  std::size_t count = 0;  // take
  loop_consumer consumer = loop_consumer::for_loop;
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
  location where;

  /// The area: the part of the file name before ".yaml" (cases/exhaust.yaml -> "exhaust").
  std::string area;
};

/// The reserved name of the subject object in steps.
inline constexpr std::string_view subject_name = "subject";

}  // namespace iterconf
